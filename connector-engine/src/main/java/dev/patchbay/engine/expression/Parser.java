package dev.patchbay.engine.expression;

import dev.patchbay.engine.expression.Node.ArrayLiteral;
import dev.patchbay.engine.expression.Node.Binary;
import dev.patchbay.engine.expression.Node.Conditional;
import dev.patchbay.engine.expression.Node.Filter;
import dev.patchbay.engine.expression.Node.FunctionCall;
import dev.patchbay.engine.expression.Node.Identifier;
import dev.patchbay.engine.expression.Node.Literal;
import dev.patchbay.engine.expression.Node.ObjectLiteral;
import dev.patchbay.engine.expression.Node.Operation;
import dev.patchbay.engine.expression.Node.Unary;
import dev.patchbay.engine.expression.Token.Type;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jexl 2.3 parser: a state machine that places each token at a cursor in the tree and climbs
 * the tree by precedence for binary operators. Bracketed parts (sub-expressions, arguments, array
 * and object values, filters, ternary branches) are parsed by a nested parser that stops at the
 * closing token. Porting the state machine (instead of a textbook Pratt parser) keeps exactly the
 * reference's accepted language, quirks included: {@code (1} parses, {@code [1, 2][1]} does not.
 */
final class Parser {

  /** What a bracketed part is, so its result is attached in the right place. */
  private enum Part {
    FILTER,
    SUB_EXPRESSION,
    ARGUMENT,
    OBJECT_VALUE,
    ARRAY_VALUE,
    TERNARY_MIDDLE,
    TERNARY_END
  }

  private enum Action {
    NONE,
    DEFAULT,
    ARRAY_START,
    OBJECT_START,
    OBJECT_KEY,
    FUNCTION_CALL,
    TRANSFORM,
    TERNARY_START
  }

  private record Transition(Action action, State toState) {}

  private enum State {
    EXPECT_OPERAND,
    EXPECT_BIN_OP,
    EXPECT_TRANSFORM,
    EXPECT_OBJ_KEY,
    EXPECT_KEY_VAL_SEP,
    POST_TRANSFORM,
    POST_ARGS,
    IDENTIFIER,
    TRAVERSE,
    FILTER,
    SUB_EXPRESSION,
    ARG_VAL,
    OBJ_VAL,
    ARRAY_VAL,
    TERNARY_MID,
    TERNARY_END;

    private final Map<Type, Transition> transitions = new EnumMap<>(Type.class);
    private final Map<Type, State> endStates = new EnumMap<>(Type.class);
    private Part part;
    private boolean completable;

    static {
      EXPECT_OPERAND
          .on(Type.LITERAL, Action.DEFAULT, EXPECT_BIN_OP)
          .on(Type.IDENTIFIER, Action.DEFAULT, IDENTIFIER)
          .on(Type.UNARY_OP, Action.DEFAULT, null)
          .on(Type.OPEN_PAREN, Action.NONE, SUB_EXPRESSION)
          .on(Type.OPEN_CURL, Action.OBJECT_START, EXPECT_OBJ_KEY)
          .on(Type.DOT, Action.DEFAULT, TRAVERSE)
          .on(Type.OPEN_BRACKET, Action.ARRAY_START, ARRAY_VAL);
      EXPECT_BIN_OP
              .on(Type.BINARY_OP, Action.DEFAULT, EXPECT_OPERAND)
              .on(Type.PIPE, Action.NONE, EXPECT_TRANSFORM)
              .on(Type.DOT, Action.DEFAULT, TRAVERSE)
              .on(Type.QUESTION, Action.TERNARY_START, TERNARY_MID)
              .completable =
          true;
      EXPECT_TRANSFORM.on(Type.IDENTIFIER, Action.TRANSFORM, POST_TRANSFORM);
      EXPECT_OBJ_KEY
          .on(Type.IDENTIFIER, Action.OBJECT_KEY, EXPECT_KEY_VAL_SEP)
          .on(Type.CLOSE_CURL, Action.NONE, EXPECT_BIN_OP);
      EXPECT_KEY_VAL_SEP.on(Type.COLON, Action.NONE, OBJ_VAL);
      POST_TRANSFORM
              .on(Type.OPEN_PAREN, Action.NONE, ARG_VAL)
              .on(Type.BINARY_OP, Action.DEFAULT, EXPECT_OPERAND)
              .on(Type.DOT, Action.DEFAULT, TRAVERSE)
              .on(Type.OPEN_BRACKET, Action.NONE, FILTER)
              .on(Type.PIPE, Action.NONE, EXPECT_TRANSFORM)
              .completable =
          true;
      POST_ARGS
              .on(Type.BINARY_OP, Action.DEFAULT, EXPECT_OPERAND)
              .on(Type.DOT, Action.DEFAULT, TRAVERSE)
              .on(Type.OPEN_BRACKET, Action.NONE, FILTER)
              .on(Type.PIPE, Action.NONE, EXPECT_TRANSFORM)
              .completable =
          true;
      IDENTIFIER
              .on(Type.BINARY_OP, Action.DEFAULT, EXPECT_OPERAND)
              .on(Type.DOT, Action.DEFAULT, TRAVERSE)
              .on(Type.OPEN_BRACKET, Action.NONE, FILTER)
              .on(Type.OPEN_PAREN, Action.FUNCTION_CALL, ARG_VAL)
              .on(Type.PIPE, Action.NONE, EXPECT_TRANSFORM)
              .on(Type.QUESTION, Action.TERNARY_START, TERNARY_MID)
              .completable =
          true;
      TRAVERSE.on(Type.IDENTIFIER, Action.DEFAULT, IDENTIFIER);
      FILTER.part(Part.FILTER).end(Type.CLOSE_BRACKET, IDENTIFIER);
      SUB_EXPRESSION.part(Part.SUB_EXPRESSION).end(Type.CLOSE_PAREN, EXPECT_BIN_OP);
      ARG_VAL.part(Part.ARGUMENT).end(Type.COMMA, ARG_VAL).end(Type.CLOSE_PAREN, POST_ARGS);
      OBJ_VAL
          .part(Part.OBJECT_VALUE)
          .end(Type.COMMA, EXPECT_OBJ_KEY)
          .end(Type.CLOSE_CURL, EXPECT_BIN_OP);
      ARRAY_VAL
          .part(Part.ARRAY_VALUE)
          .end(Type.COMMA, ARRAY_VAL)
          .end(Type.CLOSE_BRACKET, EXPECT_BIN_OP);
      TERNARY_MID.part(Part.TERNARY_MIDDLE).end(Type.COLON, TERNARY_END);
      TERNARY_END.part(Part.TERNARY_END).completable = true;
    }

    private State on(Type type, Action action, State toState) {
      transitions.put(type, new Transition(action, toState));
      return this;
    }

    private State part(Part kind) {
      part = kind;
      return this;
    }

    private State end(Type type, State toState) {
      endStates.put(type, toState);
      return this;
    }
  }

  private final Map<Node, Node> parents;
  private final Map<Type, State> stopMap;
  private State state = State.EXPECT_OPERAND;
  private Node tree;
  private Node cursor;
  private boolean relative;
  private Parser subParser;
  private boolean parentStop;
  private boolean nextIdentEncapsulate;
  private boolean nextIdentRelative;
  private String currentObjectKey;

  private Parser(Map<Node, Node> parents, Map<Type, State> stopMap) {
    this.parents = parents;
    this.stopMap = stopMap;
  }

  /**
   * Parses the tokens; returns null for an empty expression. Tokens that build no tree ({@code .},
   * {@code ()}) are rejected: the reference reports {@code {{.}}} as an invalid expression.
   */
  static Node parse(List<Token> tokens) {
    Parser parser = new Parser(new IdentityHashMap<>(), Map.of());
    for (Token token : tokens) {
      parser.addToken(token);
    }
    Node tree = parser.complete();
    if (tree == null && !tokens.isEmpty()) {
      throw new JexlCompileException("Expression has no operand");
    }
    return tree;
  }

  /** Feeds one token; returns the state to stop at when a nested parser hit its end token. */
  private State addToken(Token token) {
    if (state.part != null) {
      if (subParser == null) {
        startSubExpression();
      }
      State stopState = subParser.addToken(token);
      if (stopState != null) {
        endSubExpression();
        if (parentStop) {
          return stopState;
        }
        state = stopState;
      }
    } else if (state.transitions.containsKey(token.type())) {
      Transition transition = state.transitions.get(token.type());
      act(transition.action(), token);
      if (transition.toState() != null) {
        state = transition.toState();
      }
    } else if (stopMap.containsKey(token.type())) {
      return stopMap.get(token.type());
    } else {
      throw new JexlCompileException("Token " + token.text() + " unexpected in expression");
    }
    return null;
  }

  private Node complete() {
    if (cursor != null && !state.completable) {
      throw new JexlCompileException("Unexpected end of expression");
    }
    if (subParser != null) {
      endSubExpression();
    }
    return cursor == null ? null : tree;
  }

  private void startSubExpression() {
    Map<Type, State> endStates = state.endStates;
    if (endStates.isEmpty()) {
      parentStop = true;
      endStates = stopMap;
    }
    subParser = new Parser(parents, endStates);
  }

  private void endSubExpression() {
    Node ast = subParser.complete();
    boolean subRelative = subParser.relative;
    subParser = null;
    switch (state.part) {
      case FILTER -> placeBeforeCursor(new Filter(cursor, ast, subRelative));
      case SUB_EXPRESSION -> placeAtCursor(ast);
      case ARGUMENT -> {
        if (ast != null) {
          ((FunctionCall) cursor).args().add(ast);
        }
      }
      case OBJECT_VALUE -> ((ObjectLiteral) cursor).entries().put(currentObjectKey, ast);
      case ARRAY_VALUE -> {
        if (ast != null) {
          ((ArrayLiteral) cursor).values().add(ast);
        }
      }
      case TERNARY_MIDDLE -> ((Conditional) cursor).attachConsequent(ast);
      case TERNARY_END -> ((Conditional) cursor).attachAlternate(ast);
    }
  }

  private void act(Action action, Token token) {
    switch (action) {
      case NONE -> {}
      case DEFAULT -> defaultAction(token);
      case ARRAY_START -> placeAtCursor(new ArrayLiteral(new ArrayList<>()));
      case OBJECT_START -> placeAtCursor(new ObjectLiteral(new LinkedHashMap<>()));
      case OBJECT_KEY -> currentObjectKey = token.text();
      case FUNCTION_CALL ->
          placeBeforeCursor(
              new FunctionCall(((Identifier) cursor).name(), new ArrayList<>(), false));
      case TRANSFORM -> {
        List<Node> args = new ArrayList<>();
        args.add(cursor);
        placeBeforeCursor(new FunctionCall(token.text(), args, true));
      }
      case TERNARY_START -> {
        tree = new Conditional(tree);
        cursor = tree;
      }
    }
  }

  private void defaultAction(Token token) {
    switch (token.type()) {
      case LITERAL -> placeAtCursor(new Literal(token.literal()));
      case IDENTIFIER -> identifier(token);
      case UNARY_OP -> placeAtCursor(new Unary(token.text()));
      case BINARY_OP -> binaryOperator(token);
      case DOT -> dot();
      default -> throw new IllegalStateException("no default action for " + token.type());
    }
  }

  private void identifier(Token token) {
    if (nextIdentEncapsulate) {
      nextIdentEncapsulate = false;
      placeBeforeCursor(new Identifier(token.text(), cursor, false));
    } else {
      boolean isRelative = nextIdentRelative;
      nextIdentRelative = false;
      placeAtCursor(new Identifier(token.text(), null, isRelative));
    }
  }

  private void binaryOperator(Token token) {
    int precedence = Operators.precedence(token.text());
    Node parent = parents.get(cursor);
    while (parent instanceof Operation operation
        && Operators.precedence(operation.operator()) >= precedence) {
      cursor = parent;
      parent = parents.get(parent);
    }
    Binary node = new Binary(token.text(), cursor);
    parents.put(cursor, node);
    cursor = parent;
    placeAtCursor(node);
  }

  private void dot() {
    nextIdentEncapsulate =
        cursor != null
            && !(cursor instanceof Unary)
            && !(cursor instanceof Binary binary && binary.right() == null);
    nextIdentRelative = !nextIdentEncapsulate;
    if (nextIdentRelative) {
      relative = true;
    }
  }

  private void placeAtCursor(Node node) {
    if (cursor == null) {
      tree = node;
    } else {
      if (node == null) {
        throw new JexlCompileException("Cannot attach an empty sub-expression");
      }
      if (cursor instanceof Operation operation) {
        operation.attachRight(node);
      }
      parents.put(node, cursor);
    }
    cursor = node;
  }

  private void placeBeforeCursor(Node node) {
    cursor = parents.get(cursor);
    placeAtCursor(node);
  }
}
