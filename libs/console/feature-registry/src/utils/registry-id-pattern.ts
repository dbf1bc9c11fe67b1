/** The server's rule for enterprise, safety officer and zone ids, checked here to answer before sending. */
export const REGISTRY_ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;
