package dev.patchbay.accounts.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant: API keys and linked accounts belong to exactly one project. */
@Entity
@Table(name = "projects")
public class Project {
  @Id public String id;

  @Column(nullable = false)
  public String name;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
