package dev.patchbay.sandbox.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SoqlTest {
  private static final Map<String, Object> ADA =
      Map.of(
          "FirstName", "Ada",
          "LastName", "Lovelace",
          "Amount", 1200.0,
          "LastModifiedDate", "2025-12-03T10:00:00.000+0000",
          "CloseDate", "2026-01-15");

  private static boolean matches(String where) {
    return Soql.parse("SELECT Id FROM Contact WHERE " + where).where().test(ADA::get);
  }

  @Test
  void readsFieldsParentPathsAndChildSubqueries() {
    Soql.Query query =
        Soql.parse(
            "select Id, Account.Name, (SELECT OpportunityId FROM OpportunityContactRoles)"
                + " from Contact order by LastName desc nulls last limit 10 offset 20");
    assertEquals("Contact", query.from());
    assertEquals("Account.Name", query.fields().get(1).path());
    assertEquals("OpportunityContactRoles", query.fields().get(2).subquery().from());
    assertEquals("LastName", query.orderBy());
    assertTrue(query.descending());
    assertEquals(10, query.limit());
    assertEquals(20, query.offset());
    assertNull(query.where());
  }

  @Test
  void comparesTextCaseInsensitivelyAndWithLike() {
    assertTrue(matches("LastName = 'lovelace'"));
    assertTrue(matches("FirstName LIKE 'A%' AND LastName != 'Hopper'"));
    assertFalse(matches("FirstName LIKE '_x%'"));
    assertTrue(matches("LastName IN ('Hopper', 'Lovelace')"));
    assertTrue(matches("LastName NOT IN ('Hopper')"));
  }

  @Test
  void comparesNumbersDatesAndDateTimes() {
    assertTrue(matches("Amount >= 1200"));
    assertFalse(matches("Amount > 1200"));
    assertTrue(matches("LastModifiedDate >= 2025-12-01T00:00:00Z"));
    assertFalse(matches("LastModifiedDate > 2025-12-03T10:00:00.000+0000"));
    assertTrue(matches("CloseDate < 2026-02-01"));
  }

  @Test
  void andBindsTighterThanOrAndParenthesesGroup() {
    assertTrue(matches("FirstName = 'Grace' AND Amount > 5000 OR LastName = 'Lovelace'"));
    assertFalse(matches("FirstName = 'Grace' AND (Amount > 5000 OR LastName = 'Lovelace')"));
    assertTrue(matches("Title = null"));
    assertFalse(matches("Title != null"));
  }

  @Test
  void refusesWhatIsOutsideTheSubsetAsMalformed() {
    assertThrows(Soql.MalformedQueryException.class, () -> Soql.parse("SELECT FROM Contact"));
    assertThrows(Soql.MalformedQueryException.class, () -> Soql.parse("SELECT Id Contact"));
    assertThrows(
        Soql.MalformedQueryException.class,
        () -> Soql.parse("SELECT Id FROM Contact WHERE LastName ~ 'x'"));
    assertThrows(
        Soql.MalformedQueryException.class, () -> Soql.parse("SELECT Id FROM Contact LIMIT x"));
    assertThrows(Soql.MalformedQueryException.class, () -> Soql.parse(" "));
  }
}
