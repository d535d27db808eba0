package dev.patchbay.common.error;

/** The closed set of failures every service can answer with, and the HTTP status of each. */
public enum ErrorKind {
  BAD_REQUEST(400, "Bad Request"),
  UNAUTHORIZED(401, "Unauthorized"),
  FORBIDDEN(403, "Forbidden"),
  NOT_FOUND(404, "Not Found"),
  REQUEST_TIMEOUT(408, "Request Timeout"),
  CONFLICT(409, "Conflict"),
  PRECONDITION_FAILED(412, "Precondition Failed"),
  UNPROCESSABLE(422, "Unprocessable Entity"),
  TOO_MANY_REQUESTS(429, "Too Many Requests"),
  INTERNAL(500, "Internal Server Error"),
  BAD_GATEWAY(502, "Bad Gateway"),
  UNAVAILABLE(503, "Service Unavailable");

  private final int status;
  private final String reason;

  ErrorKind(int status, String reason) {
    this.status = status;
    this.reason = reason;
  }

  public int status() {
    return status;
  }

  public String reason() {
    return reason;
  }
}
