import { useQueryClient } from '@tanstack/react-query'
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import type { Key } from 'react-aria-components'
import { useLocation } from 'wouter'
import { api, setCsrfToken } from '../api/client'
import { sessionKey, useSession } from '../auth/session'

/** The account menu: who is signed in, account settings, sign out. */
export function UserMenu() {
  const { user } = useSession()
  const queryClient = useQueryClient()
  const [, navigate] = useLocation()
  async function handleAction(key: Key) {
    if (key === 'account') navigate('/account')
    if (key === 'sign-out') {
      await api.DELETE('/api/v1/session').catch(() => undefined)
      setCsrfToken(null)
      queryClient.clear()
      queryClient.setQueryData(sessionKey, null)
      navigate('/sign-in', { replace: true })
    }
  }
  if (user === null) return null
  return (
    <MenuTrigger>
      <Button className="user-button">
        <span className="avatar" aria-hidden="true">
          {user.name.slice(0, 1).toUpperCase()}
        </span>
        <span className="visually-hidden">Account: </span>
        <span className="user-name">{user.name}</span>
      </Button>
      <Popover placement="bottom end" className="popover">
        <Menu className="menu" onAction={(key) => void handleAction(key)}>
          <MenuItem id="account" className="menu-item">
            Your account
          </MenuItem>
          <MenuItem id="sign-out" className="menu-item">
            Sign out
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  )
}
