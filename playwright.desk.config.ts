import base from './playwright.config';

/** The desk's browser test alone: it starts its own server on the build (E2E_PORT + 5), so none of the main config's servers are needed. */
export default { ...base, webServer: undefined, testMatch: /desk\.spec\.ts/, projects: [base.projects![0]] };
