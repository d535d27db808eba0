package dev.patchbay.engine.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The jexl syntax tree. The parser builds it the way jexl does, by attaching the right operand of
 * unary and binary expressions and the branches of a conditional after the node is placed; the tree
 * is not changed after parsing.
 */
sealed interface Node {

  record Literal(JsonNode value) implements Node {}

  /** {@code name}, {@code from.name}, or {@code .name} relative to the current filter element. */
  record Identifier(String name, Node from, boolean relative) implements Node {}

  /** {@code subject[expr]}: a relative filter when {@code expr} uses {@code .field} paths. */
  record Filter(Node subject, Node expr, boolean relative) implements Node {}

  /** A function call, or a transform when {@code transform} (its first argument is the subject). */
  record FunctionCall(String name, List<Node> args, boolean transform) implements Node {}

  record ArrayLiteral(List<Node> values) implements Node {}

  record ObjectLiteral(Map<String, Node> entries) implements Node {}

  /** A node whose right operand the parser attaches after placing it. */
  sealed interface Operation extends Node {
    String operator();

    Node right();

    void attachRight(Node right);
  }

  final class Unary implements Operation {
    private final String operator;
    private Node right;

    Unary(String operator) {
      this.operator = operator;
    }

    @Override
    public String operator() {
      return operator;
    }

    @Override
    public Node right() {
      return right;
    }

    @Override
    public void attachRight(Node node) {
      right = node;
    }
  }

  final class Binary implements Operation {
    private final String operator;
    private final Node left;
    private Node right;

    Binary(String operator, Node left) {
      this.operator = operator;
      this.left = left;
    }

    @Override
    public String operator() {
      return operator;
    }

    Node left() {
      return left;
    }

    @Override
    public Node right() {
      return right;
    }

    @Override
    public void attachRight(Node node) {
      right = node;
    }
  }

  /**
   * {@code test ? consequent : alternate}; without a consequent ({@code a ?: b}) yields the test.
   */
  final class Conditional implements Node {
    private final Node test;
    private Node consequent;
    private Node alternate;

    Conditional(Node test) {
      this.test = test;
    }

    Node test() {
      return test;
    }

    Node consequent() {
      return consequent;
    }

    Node alternate() {
      return alternate;
    }

    void attachConsequent(Node node) {
      consequent = node;
    }

    void attachAlternate(Node node) {
      alternate = node;
    }
  }
}
