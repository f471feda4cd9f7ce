package baton.render;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * Evaluates the {@code ${...}} expressions of templates. The common ones, such as {@code ${e.candidate != null}},
 * {@code ${b.href(c.path)}} or {@code ${title + ' · ' + site.title}}, are compiled once into a tree that reads
 * records and calls methods directly; everything else, and anything unusual at run time (a null on the way, a value
 * of another type, an error), is left to Thymeleaf's own OGNL evaluator, which gives its usual result or message.
 *
 * <p>OGNL took a third of the time of a page: it looks up the accessor, the property's indexed type and the member
 * access rules again at every evaluation. The compiled tree does what OGNL would do for the same expression, only
 * for values where the two agree exactly:
 *
 * <ul>
 *   <li>variables from the template context; properties of records (the component accessor) and of public beans
 *       outside the JDK ({@code it.last}: a getter); {@code isEmpty()} and {@code size()} of collections and maps;
 *       public methods of public classes outside the JDK whose parameters take the arguments as they are;
 *   <li>literals: strings (of other than one character, which OGNL reads as a char), integers, {@code null},
 *       {@code true}, {@code false};
 *   <li>{@code ==} and {@code !=} against {@code null} or between two strings or two integers; {@code >}, {@code <},
 *       {@code >=}, {@code <=} between integers; {@code +} of two strings; {@code !}, {@code not}, {@code and},
 *       {@code or} and {@code ? :} with OGNL's truth (null, false, zero are false; any other object is true).
 * </ul>
 *
 * It never calls a member that OGNL with Thymeleaf's restrictions would refuse: nothing in the JDK but the size of a
 * collection, no static member, no constructor.
 */
final class CompiledExpressions implements IStandardVariableExpressionEvaluator {

  private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);
  /** Each expression text compiled once; empty when OGNL evaluates it. */
  private final Map<String, Optional<Node>> compiled = new ConcurrentHashMap<>();

  @Override
  public Object evaluate(
      IExpressionContext context, IStandardVariableExpression expression, StandardExpressionExecutionContext exec) {
    String text = expression.getExpression();
    if (expression.getUseSelectionAsRoot() || !(context instanceof ITemplateContext template) || text == null) {
      return ognl.evaluate(context, expression, exec);
    }
    Optional<Node> known = compiled.get(text);
    if (known == null) {
      known = compiled.computeIfAbsent(text, CompiledExpressions::compile);
    }
    Node node = known.orElse(null);
    // Where Thymeleaf restricts expressions (links, fragment parameters, unescaped text), it forbids request
    // parameters, new objects and static members. A compiled expression has neither of the latter; any mention of
    // "param" goes to OGNL, which applies the rule.
    boolean restricted = exec.getRestrictVariableAccess() || exec.getRestrictInstantiationAndStatic();
    if (node == null || restricted && text.contains("param")) {
      return ognl.evaluate(context, expression, exec);
    }
    Object result;
    try {
      result = node.eval(template);
    } catch (NotHere | RuntimeException e) {
      // Expressions only read: evaluating again with OGNL is safe, and gives OGNL's result or error message.
      return ognl.evaluate(context, expression, exec);
    }
    if (!exec.getPerformTypeConversion()) {
      return result;
    }
    return StandardExpressions.getConversionService(context.getConfiguration()).convert(context, result, String.class);
  }

  @Override
  public String toString() {
    return "OGNL";
  }

  static Optional<Node> compile(String text) {
    try {
      Parser p = new Parser(text);
      Node n = p.expression();
      p.skipSpaces();
      return p.atEnd() ? Optional.of(n) : Optional.empty();
    } catch (NotHere e) {
      return Optional.empty();
    }
  }

  /** The compiled form cannot evaluate this: OGNL takes over. Thrown often, so without a stack trace. */
  static final class NotHere extends Exception {
    private static final long serialVersionUID = 1L;
    static final NotHere INSTANCE = new NotHere();

    private NotHere() {
      super(null, null, false, false);
    }
  }

  interface Node {
    Object eval(ITemplateContext context) throws NotHere;
  }

  // ---- the tree ----

  private record Literal(Object value) implements Node {
    @Override
    public Object eval(ITemplateContext context) {
      return value;
    }
  }

  private record Variable(String name) implements Node {
    @Override
    public Object eval(ITemplateContext context) {
      return context.getVariable(name);
    }
  }

  /** The member a node used last, with the class it was for: a page's values are nearly always of one class. */
  private record Seen(Class<?> type, Method member) {}

  private static final class Property implements Node {
    private final Node target;
    private final String name;
    private volatile Seen seen;

    Property(Node target, String name) {
      this.target = target;
      this.name = name;
    }

    @Override
    public Object eval(ITemplateContext context) throws NotHere {
      Object t = target.eval(context);
      if (t == null) {
        throw NotHere.INSTANCE;
      }
      Seen last = seen;
      Method reader;
      if (last != null && last.type() == t.getClass()) {
        reader = last.member();
      } else {
        reader = Members.reader(t.getClass(), name);
        seen = new Seen(t.getClass(), reader);
      }
      if (reader == null) {
        throw NotHere.INSTANCE;
      }
      return Members.invoke(reader, t, NO_ARGUMENTS);
    }
  }

  private static final class Call implements Node {
    private final Node target;
    private final String name;
    private final List<Node> arguments;
    private volatile Seen seen;

    Call(Node target, String name, List<Node> arguments) {
      this.target = target;
      this.name = name;
      this.arguments = arguments;
    }

    @Override
    public Object eval(ITemplateContext context) throws NotHere {
      Object t = target.eval(context);
      if (t == null) {
        throw NotHere.INSTANCE;
      }
      if (arguments.isEmpty() && (name.equals("isEmpty") || name.equals("size"))) {
        if (t instanceof Collection<?> c) {
          return name.equals("size") ? (Object) c.size() : (Object) c.isEmpty();
        }
        if (t instanceof Map<?, ?> m) {
          return name.equals("size") ? (Object) m.size() : (Object) m.isEmpty();
        }
      }
      Object[] args = new Object[arguments.size()];
      for (int i = 0; i < args.length; i++) {
        args[i] = arguments.get(i).eval(context);
      }
      Seen last = seen;
      Method m;
      if (last != null && last.type() == t.getClass()) {
        m = last.member();
      } else {
        m = Members.method(t.getClass(), name, args.length);
        seen = new Seen(t.getClass(), m);
      }
      if (m == null) {
        throw NotHere.INSTANCE;
      }
      Class<?>[] types = m.getParameterTypes();
      for (int i = 0; i < args.length; i++) {
        if (types[i].isPrimitive() ? args[i] == null || !Members.box(types[i]).isInstance(args[i])
            : args[i] != null && !types[i].isInstance(args[i])) {
          throw NotHere.INSTANCE;
        }
      }
      return Members.invoke(m, t, args);
    }
  }

  private record Not(Node operand) implements Node {
    @Override
    public Object eval(ITemplateContext context) throws NotHere {
      return !truth(operand.eval(context));
    }
  }

  /** OGNL's {@code and}: the first false operand, else the last. */
  private record And(Node left, Node right) implements Node {
    @Override
    public Object eval(ITemplateContext context) throws NotHere {
      Object l = left.eval(context);
      return truth(l) ? right.eval(context) : l;
    }
  }

  /** OGNL's {@code or}: the first true operand, else the last. */
  private record Or(Node left, Node right) implements Node {
    @Override
    public Object eval(ITemplateContext context) throws NotHere {
      Object l = left.eval(context);
      return truth(l) ? l : right.eval(context);
    }
  }

  private record Choice(Node test, Node then, Node otherwise) implements Node {
    @Override
    public Object eval(ITemplateContext context) throws NotHere {
      return truth(test.eval(context)) ? then.eval(context) : otherwise.eval(context);
    }
  }

  private record Equals(Node left, Node right, boolean negate) implements Node {
    @Override
    public Object eval(ITemplateContext context) throws NotHere {
      Object l = left.eval(context);
      Object r = right.eval(context);
      boolean equal;
      if (l == null || r == null) {
        equal = l == r; // OGNL: null equals only null
      } else if (l instanceof String && r instanceof String || l instanceof Integer && r instanceof Integer) {
        equal = l.equals(r);
      } else {
        throw NotHere.INSTANCE;
      }
      return equal != negate;
    }
  }

  private record Compare(Node left, Node right, String op) implements Node {
    @Override
    public Object eval(ITemplateContext context) throws NotHere {
      if (!(left.eval(context) instanceof Integer l) || !(right.eval(context) instanceof Integer r)) {
        throw NotHere.INSTANCE;
      }
      return switch (op) {
        case ">" -> l > r;
        case "<" -> l < r;
        case ">=" -> l >= r;
        default -> l <= r;
      };
    }
  }

  private record Concat(Node left, Node right) implements Node {
    @Override
    public Object eval(ITemplateContext context) throws NotHere {
      if (!(left.eval(context) instanceof String l) || !(right.eval(context) instanceof String r)) {
        throw NotHere.INSTANCE;
      }
      return l + r;
    }
  }

  private static final Object[] NO_ARGUMENTS = new Object[0];

  /** OGNL's truth of a value ({@code OgnlOps.booleanValue}). */
  static boolean truth(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Character c) {
      return c != 0;
    }
    if (value instanceof Number n) {
      return n.doubleValue() != 0;
    }
    return true;
  }

  // ---- members ----

  /** The members the compiled form may use, found once per class. */
  private static final class Members {

    private static final ClassValue<Map<String, Optional<Method>>> READERS = perClass();
    private static final ClassValue<Map<String, Optional<Method>>> METHODS = perClass();

    private static ClassValue<Map<String, Optional<Method>>> perClass() {
      return new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };
    }

    /** Classes whose members OGNL, as Thymeleaf restricts it, may read or call: public ones outside the JDK. */
    private static boolean open(Class<?> type) {
      String name = type.getName();
      return Modifier.isPublic(type.getModifiers())
          && !name.startsWith("java.") && !name.startsWith("javax.") && !name.startsWith("jakarta.")
          && !name.startsWith("jdk.") && !name.startsWith("sun.") && !name.startsWith("com.sun.")
          && !name.startsWith("org.thymeleaf.standard.expression.") && !name.startsWith("org.springframework.")
          && !IStandardVariableExpressionEvaluator.class.isAssignableFrom(type)
          && !org.thymeleaf.standard.expression.IStandardExpressionParser.class.isAssignableFrom(type)
          && !org.thymeleaf.standard.expression.IStandardConversionService.class.isAssignableFrom(type);
    }

    /**
     * How OGNL reads {@code name}: a bean getter when the class has one (as OGNL, which tries those first), else a
     * record's component accessor; null when neither, or when it is not plain which.
     */
    static Method reader(Class<?> type, String name) {
      Map<String, Optional<Method>> known = READERS.get(type);
      Optional<Method> m = known.get(name);
      if (m == null) {
        m = known.computeIfAbsent(name, n -> Optional.ofNullable(findReader(type, n)));
      }
      return m.orElse(null);
    }

    private static Method findReader(Class<?> type, String name) {
      if (!open(type) || name.isEmpty() || name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
        return null; // OGNL does not capitalize "xCoord": leave such names to it
      }
      String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
      Method get = publicNoArg(type, "get" + cap);
      Method is = publicNoArg(type, "is" + cap);
      if (get != null && is != null) {
        return null;
      }
      if (get != null || is != null) {
        Method reader = get != null ? get : is;
        // getClass() and other members declared by the JDK are left to OGNL and Thymeleaf's restrictions.
        return open(reader.getDeclaringClass()) ? reader : null;
      }
      if (type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          if (c.getName().equals(name)) {
            Method m = c.getAccessor();
            return Modifier.isPublic(m.getModifiers()) ? m : null;
          }
        }
      }
      return null;
    }

    private static Method publicNoArg(Class<?> type, String name) {
      try {
        Method m = type.getMethod(name);
        return Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class ? null : m;
      } catch (NoSuchMethodException e) {
        return null;
      }
    }

    /** The one public instance method of that name and number of parameters; null when none or several. */
    static Method method(Class<?> type, String name, int arity) {
      Map<String, Optional<Method>> known = METHODS.get(type);
      String key = name + "/" + arity;
      Optional<Method> m = known.get(key);
      if (m == null) {
        m = known.computeIfAbsent(key, k -> Optional.ofNullable(findMethod(type, name, arity)));
      }
      return m.orElse(null);
    }

    private static Method findMethod(Class<?> type, String name, int arity) {
      if (!open(type) || OBJECT_METHODS.contains(name)) {
        return null;
      }
      Method found = null;
      for (Method m : type.getMethods()) {
        if (m.getName().equals(name) && !Modifier.isStatic(m.getModifiers())) {
          if (m.getParameterCount() == arity && !m.isVarArgs() && found == null) {
            found = m;
          } else {
            return null; // overloaded: OGNL chooses by the arguments' types; leave it to OGNL
          }
        }
      }
      return found == null || !open(found.getDeclaringClass()) ? null : found;
    }

    private static final Set<String> OBJECT_METHODS =
        Set.of("getClass", "wait", "notify", "notifyAll", "hashCode", "equals", "toString");

    static Object invoke(Method m, Object target, Object[] args) throws NotHere {
      try {
        return m.invoke(target, args);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw NotHere.INSTANCE;
      }
    }

    static Class<?> box(Class<?> primitive) {
      if (primitive == int.class) {
        return Integer.class;
      }
      if (primitive == boolean.class) {
        return Boolean.class;
      }
      if (primitive == long.class) {
        return Long.class;
      }
      if (primitive == double.class) {
        return Double.class;
      }
      return Void.class; // other primitives: no argument fits, OGNL converts
    }
  }

  // ---- the parser ----

  /** A recursive-descent parser of the subset above; anything else throws {@link NotHere}. */
  private static final class Parser {

    private static final Set<String> RESERVED =
        Set.of("and", "or", "not", "eq", "neq", "lt", "gt", "lte", "gte", "in", "instanceof", "shl", "shr", "ushr",
            "bor", "xor", "band", "null", "true", "false", "new");

    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return i >= s.length();
    }

    void skipSpaces() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private boolean eat(String token) {
      skipSpaces();
      if (s.startsWith(token, i)) {
        i += token.length();
        return true;
      }
      return false;
    }

    /** A word operator such as {@code and}, not the start of a longer name. */
    private boolean eatWord(String word) {
      skipSpaces();
      int end = i + word.length();
      if (s.startsWith(word, i) && (end >= s.length() || !Character.isJavaIdentifierPart(s.charAt(end)))) {
        i = end;
        return true;
      }
      return false;
    }

    private boolean peek(String token) {
      skipSpaces();
      return s.startsWith(token, i);
    }

    Node expression() throws NotHere {
      Node test = or();
      if (eat("?")) {
        Node then = expression();
        if (!eat(":")) {
          throw NotHere.INSTANCE;
        }
        return new Choice(test, then, expression());
      }
      return test;
    }

    private Node or() throws NotHere {
      Node n = and();
      while (true) {
        if (eat("||") || eatWord("or")) {
          n = new Or(n, and());
        } else {
          return n;
        }
      }
    }

    private Node and() throws NotHere {
      Node n = equality();
      while (true) {
        if (eat("&&") || eatWord("and")) {
          n = new And(n, equality());
        } else {
          return n;
        }
      }
    }

    private Node equality() throws NotHere {
      Node n = relational();
      while (true) {
        if (eat("==")) {
          n = new Equals(n, relational(), false);
        } else if (eat("!=")) {
          n = new Equals(n, relational(), true);
        } else {
          return n;
        }
      }
    }

    private Node relational() throws NotHere {
      Node n = additive();
      for (String op : List.of(">=", "<=", ">", "<")) {
        if (eat(op)) {
          return new Compare(n, additive(), op);
        }
      }
      return n;
    }

    private Node additive() throws NotHere {
      Node n = unary();
      while (true) {
        if (eat("+")) {
          n = new Concat(n, unary());
        } else if (peek("-") || peek("*") || peek("/") || peek("%")) {
          throw NotHere.INSTANCE;
        } else {
          return n;
        }
      }
    }

    private Node unary() throws NotHere {
      if (peek("!=")) {
        throw NotHere.INSTANCE;
      }
      if (eat("!") || eatWord("not")) {
        return new Not(unary());
      }
      return postfix();
    }

    private Node postfix() throws NotHere {
      Node n = primary();
      while (true) {
        skipSpaces();
        if (i < s.length() && s.charAt(i) == '.' && !(i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
          i++;
          String name = identifier();
          if (eat("(")) {
            n = new Call(n, name, arguments());
          } else {
            n = new Property(n, name);
          }
        } else if (peek("[") || peek("{")) {
          throw NotHere.INSTANCE;
        } else {
          return n;
        }
      }
    }

    private List<Node> arguments() throws NotHere {
      List<Node> args = new ArrayList<>();
      if (eat(")")) {
        return args;
      }
      do {
        args.add(expression());
      } while (eat(","));
      if (!eat(")")) {
        throw NotHere.INSTANCE;
      }
      return List.copyOf(args);
    }

    private Node primary() throws NotHere {
      skipSpaces();
      if (i >= s.length()) {
        throw NotHere.INSTANCE;
      }
      char c = s.charAt(i);
      if (c == '(') {
        i++;
        Node n = expression();
        if (!eat(")")) {
          throw NotHere.INSTANCE;
        }
        return n;
      }
      if (c == '\'' || c == '"') {
        return string(c);
      }
      if (c >= '0' && c <= '9') {
        return integer();
      }
      if (Character.isJavaIdentifierStart(c) && c != '$') {
        String name = identifier();
        switch (name) {
          case "null":
            return new Literal(null);
          case "true":
            return new Literal(Boolean.TRUE);
          case "false":
            return new Literal(Boolean.FALSE);
          default:
            if (RESERVED.contains(name) || peek("(")) {
              throw NotHere.INSTANCE;
            }
            return new Variable(name);
        }
      }
      throw NotHere.INSTANCE; // #objects, @statics, [lists], {maps}, ...
    }

    private String identifier() throws NotHere {
      int start = i;
      if (i >= s.length() || !Character.isJavaIdentifierStart(s.charAt(i)) || s.charAt(i) == '$') {
        throw NotHere.INSTANCE;
      }
      i++;
      while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i)) && s.charAt(i) != '$') {
        i++;
      }
      String name = s.substring(start, i);
      if (RESERVED.contains(name) && !name.equals("null") && !name.equals("true") && !name.equals("false")) {
        throw NotHere.INSTANCE;
      }
      return name;
    }

    /** A quoted string without escapes; one character in single quotes is a char to OGNL, so not here. */
    private Node string(char quote) throws NotHere {
      int end = s.indexOf(quote, i + 1);
      if (end < 0) {
        throw NotHere.INSTANCE;
      }
      String value = s.substring(i + 1, end);
      if (value.indexOf('\\') >= 0 || (quote == '\'' && value.length() == 1)) {
        throw NotHere.INSTANCE;
      }
      i = end + 1;
      return new Literal(value);
    }

    /** A decimal int literal; anything with a suffix, a point or a leading zero (octal) is OGNL's. */
    private Node integer() throws NotHere {
      int start = i;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
      if (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
        throw NotHere.INSTANCE;
      }
      String digits = s.substring(start, i);
      if (digits.length() > 1 && digits.charAt(0) == '0' || digits.length() > 9) {
        throw NotHere.INSTANCE;
      }
      return new Literal(Integer.valueOf(digits));
    }
  }
}
