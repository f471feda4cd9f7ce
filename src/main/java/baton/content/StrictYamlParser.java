package baton.content;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML parser, refusing what content has no use for as each SnakeYAML event arrives, before Jackson acts on
 * it: anchors and aliases (never expanded, so a "billion laughs" document costs nothing), tags (no type coercion, no
 * class names), keys that are lists or mappings, nesting beyond the limit, and a second document.
 *
 * <p>Jackson's own accessors are not enough for this: {@code getObjectId()} misses the anchor of a plain value
 * ({@code a: &x text}), and a tag such as {@code !!binary} is acted upon inside {@code nextToken()}, before
 * {@code getTypeId()} could be asked. Jackson also does not tell whether a scalar was quoted; the event does, so
 * {@link #isQuoted()} answers from it.
 */
final class StrictYamlParser extends YAMLParser {

  private final int maxDepth;
  private int depth;
  private int documents;

  private StrictYamlParser(
      IOContext context,
      int parserFeatures,
      int yamlFeatures,
      LoaderOptions options,
      ObjectCodec codec,
      Reader reader,
      int maxDepth) {
    super(context, parserFeatures, yamlFeatures, options, codec, reader);
    this.maxDepth = maxDepth;
  }

  /** Whether the scalar of the current token was written in single or double quotes (not a block {@code |}). */
  boolean isQuoted() {
    return _lastEvent instanceof ScalarEvent scalar && (scalar.isSQuoted() || scalar.isDQuoted());
  }

  @Override
  protected Event getEvent() throws IOException {
    Event event = super.getEvent();
    if (event != null) {
      refuseUnsupported(event);
    }
    return event;
  }

  private void refuseUnsupported(Event event) throws YamlRefused {
    if (event instanceof AliasEvent || (event instanceof NodeEvent node && node.getAnchor() != null)) {
      throw refused(event, "YAML anchors and aliases are not supported", "write the value out");
    }
    if (hasTag(event)) {
      throw refused(event, "YAML tags are not supported", "remove the tag and write the value plainly");
    }
    if (event instanceof CollectionStartEvent) {
      if (expectsKey()) {
        throw refused(event, "a key must be a plain name, not a list or mapping", "write each field as 'name: value'");
      }
      if (++depth > maxDepth) {
        throw refused(event, "lists and mappings are nested too deeply (more than " + maxDepth + " levels)",
            "look for a '[' or '{' that is never closed, or for lines indented further than they should be");
      }
    } else if (event instanceof CollectionEndEvent) {
      depth--;
    } else if (event instanceof DocumentStartEvent && ++documents > 1) {
      throw refused(event, "more than one YAML document",
          "an entry is one mapping of fields; remove the '---' line or move what follows it to a file of its own");
    }
  }

  private static boolean hasTag(Event event) {
    if (event instanceof ScalarEvent scalar) {
      return scalar.getTag() != null;
    }
    return event instanceof CollectionStartEvent collection && collection.getTag() != null;
  }

  /** In a mapping, every event but the one after a key is a key (or the mapping's end). */
  private boolean expectsKey() {
    return getParsingContext().inObject() && currentToken() != JsonToken.FIELD_NAME;
  }

  private static YamlRefused refused(Event event, String message, String hint) {
    return new YamlRefused(message, hint, event.getStartMark().getLine() + 1, event.getStartMark().getColumn() + 1);
  }

  /** A YAML factory whose parsers are strict ones. Thread-safe once built, like any Jackson factory. */
  static final class Factory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    private final int maxDepth;

    Factory(YAMLFactoryBuilder builder, int maxDepth) {
      super(builder);
      this.maxDepth = maxDepth;
    }

    StrictYamlParser open(String text) throws IOException {
      return (StrictYamlParser) createParser(new StringReader(text));
    }

    @Override
    protected StrictYamlParser _createParser(Reader reader, IOContext context) {
      return new StrictYamlParser(
          context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader, maxDepth);
    }

    @Override
    protected StrictYamlParser _createParser(
        char[] data, int offset, int length, IOContext context, boolean recyclable) {
      return _createParser(new CharArrayReader(data, offset, length), context);
    }
  }
}
