/** What a person does to an alert: acknowledge it (seen, being handled) or resolve it (done). */
export type AlertStep = 'acknowledge' | 'resolve';
