import { QueryClient } from '@tanstack/react-query'
import { ApiProblem } from './api/client'

/** One cache for every server read; refusals (4xx) are not retried. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 2,
    },
    mutations: { retry: false },
  },
})
