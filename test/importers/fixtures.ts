export {
  fixture,
  requireShared,
  sharedFixture,
  sharedMissing,
  skipWithoutShared,
} from '../support/fixtures.js'
