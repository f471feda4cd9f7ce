package baton.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A picture parsed by a strict, namespace-aware XML parser, queried with XPath where {@code s:} is the SVG
 * namespace. Parsing refuses a DOCTYPE, so a picture that parses is also free of one.
 */
final class SvgDom {

  static final String SVG = "http://www.w3.org/2000/svg";

  private final String source;
  private final Document document;
  private final XPath xpath;

  private SvgDom(String source, Document document) {
    this.source = source;
    this.document = document;
    this.xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(new NamespaceContext() {
      @Override
      public String getNamespaceURI(String prefix) {
        return "s".equals(prefix) ? SVG : XMLConstants.NULL_NS_URI;
      }

      @Override
      public String getPrefix(String uri) {
        return null;
      }

      @Override
      public Iterator<String> getPrefixes(String uri) {
        return null;
      }
    });
  }

  /** Parses the picture; fails the test when it is not well-formed XML. */
  static SvgDom parse(String svg) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      return new SvgDom(svg, builder.parse(new InputSource(new StringReader(svg))));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
    }
  }

  Element root() {
    return document.getDocumentElement();
  }

  String source() {
    return source;
  }

  List<Element> all(String expression) {
    try {
      NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
      List<Element> elements = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        elements.add((Element) nodes.item(i));
      }
      return elements;
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(expression, e);
    }
  }

  int count(String expression) {
    try {
      return ((Double) xpath.evaluate("count(" + expression + ")", document, XPathConstants.NUMBER)).intValue();
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(expression, e);
    }
  }

  Element one(String expression) {
    List<Element> found = all(expression);
    assertThat(found).as(expression).hasSize(1);
    return found.get(0);
  }

  List<String> texts(String expression) {
    return all(expression).stream().map(Element::getTextContent).toList();
  }

  String title() {
    return one("/s:svg/s:title").getTextContent();
  }

  String desc() {
    return one("/s:svg/s:desc").getTextContent();
  }

  /**
   * What every picture must be: an SVG root usable inline in HTML5, scaled by its viewBox, named by its title and
   * desc, with ids that start with the prefix, are unique, and resolve wherever a fill refers to one; no script,
   * no event handler, no external resource.
   */
  SvgDom assertPicture(String prefix) {
    assertThat(source).startsWith("<svg ").doesNotContain("<?xml").doesNotContain("<!DOCTYPE");
    Element svg = root();
    assertThat(svg.getNamespaceURI()).isEqualTo(SVG);
    assertThat(svg.getLocalName()).isEqualTo("svg");
    assertThat(svg.getAttribute("viewBox")).matches("0 0 480 \\d+(\\.\\d)?");
    assertThat(svg.getAttribute("width")).isEqualTo("100%");
    assertThat(svg.hasAttribute("height")).isFalse();
    assertThat(svg.getAttribute("role")).isIn("img", "group");
    assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(prefix + "-title " + prefix + "-desc");
    assertThat(one("/s:svg/s:title").getAttribute("id")).isEqualTo(prefix + "-title");
    assertThat(one("/s:svg/s:desc").getAttribute("id")).isEqualTo(prefix + "-desc");
    assertThat(title()).isNotBlank().doesNotContain("??");
    assertThat(desc()).isNotBlank().doesNotContain("??");
    assertThat(source).doesNotContain("??picture");

    Set<String> ids = new HashSet<>();
    for (Element e : all("//*[@id]")) {
      assertThat(e.getAttribute("id")).startsWith(prefix + "-");
      assertThat(ids.add(e.getAttribute("id"))).as("unique id " + e.getAttribute("id")).isTrue();
    }
    Matcher ref = Pattern.compile("url\\(#([^)]+)\\)").matcher(source);
    while (ref.find()) {
      assertThat(ids).as("defined").contains(ref.group(1));
    }
    assertThat(all("//s:script | //s:foreignObject | //s:image | //s:use | //s:style")).isEmpty();
    assertThat(count("//@*[starts-with(name(), 'on')]")).as("event handlers").isZero();
    assertThat(count("//s:svg//s:svg")).isZero();
    return this;
  }
}
