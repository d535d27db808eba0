package dev.patchbay.logs.platform;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A platform event as stored for search. */
@Entity
@Table(name = "platform_logs")
public class PlatformLog {
  @Id public String id;

  @Column(name = "project_id", nullable = false)
  public String projectId;

  @Column(name = "account_id")
  public String accountId;

  @Column(nullable = false)
  public String category;

  @Column(nullable = false)
  public String action;

  @Column(name = "event_type", nullable = false)
  public String eventType;

  @Column(nullable = false)
  public String source;

  @Column(name = "event_datetime", nullable = false)
  public Instant eventDatetime;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public JsonNode data;
}
