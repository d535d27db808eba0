package dev.patchbay.common.events;

import java.util.Arrays;
import java.util.Optional;

/** The closed set of platform events, named {@code <subject>.<verb>}, and the topic of each. */
public enum EventType {
  ACCOUNT_CREATED("account.created", Topics.ACCOUNTS),
  ACCOUNT_UPDATED("account.updated", Topics.ACCOUNTS),
  ACCOUNT_DELETED("account.deleted", Topics.ACCOUNTS),
  ACCOUNT_ERROR("account.error", Topics.ACCOUNTS),
  ACCOUNT_EXPIRED("account.expired", Topics.ACCOUNTS),
  CONNECT_SESSION_CREATED("connect_session.created", Topics.CONNECT_SESSIONS),
  CONNECT_SESSION_AUTHENTICATED("connect_session.authenticated", Topics.CONNECT_SESSIONS),
  REQUEST_FAILED("request.failed", Topics.REQUEST_ALERTS),
  REQUEST_LOGGED("request.logged", Topics.REQUEST_LOGS);

  private final String wireName;
  private final String topic;

  EventType(String wireName, String topic) {
    this.wireName = wireName;
    this.topic = topic;
  }

  /** The CloudEvents {@code type}, e.g. {@code account.created}. */
  public String wireName() {
    return wireName;
  }

  public String topic() {
    return topic;
  }

  /** The part before the dot: {@code account}. */
  public String category() {
    return wireName.substring(0, wireName.indexOf('.'));
  }

  /** The part after the dot: {@code created}. */
  public String verb() {
    return wireName.substring(wireName.indexOf('.') + 1);
  }

  public static Optional<EventType> fromWireName(String wireName) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
  }
}
