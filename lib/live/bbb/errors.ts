// The two ways a BigBlueButton call fails, so pages can say "the room is not available yet" for
// both while logs and tests still tell a server that is down from one that refused the request.

/** BBB could not be reached or answered badly: network error, timeout, 5xx, a body that is not BBB's XML. */
export class BbbUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BbbUnavailableError';
  }
}

/** BBB answered FAILED with a messageKey (checksumError, invalidMeetingIdentifier, …). Still "unavailable" to a page. */
export class BbbApiError extends BbbUnavailableError {
  constructor(
    readonly messageKey: string,
    readonly bbbMessage: string,
    readonly call: string,
  ) {
    super(`BBB ${call}: ${messageKey}${bbbMessage ? ` (${bbbMessage})` : ''}`);
    this.name = 'BbbApiError';
  }
}
