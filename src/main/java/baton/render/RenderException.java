package baton.render;

/**
 * A template could not be rendered. Names the template file as the user knows it ({@code templates/home.html}, or
 * the built-in one) and the line and column Thymeleaf reported, when it did (0 otherwise).
 */
public final class RenderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String template;
  private final int line;
  private final int column;

  public RenderException(String template, int line, int column, String message, Throwable cause) {
    super(message, cause);
    this.template = template;
    this.line = line;
    this.column = column;
  }

  public String template() {
    return template;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
