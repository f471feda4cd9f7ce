/**
 * JBake compatibility through jbake-core: reads JBake content files and {@code jbake.properties} exactly as JBake
 * does, without JBake's content store (OrientDB) or its Oven, and imports a JBake site as Baton pages.
 *
 * <p>{@link baton.jbake.JBakeConfig} loads a site's configuration with jbake-core's {@code ConfigUtil};
 * {@link baton.jbake.JBakeReader} parses one file with jbake-core's {@code RawMarkupEngine} (header and raw body) or
 * {@code YamlEngine}; {@link baton.jbake.JBakeImport} writes Baton pages from a JBake site. The content loader uses the
 * reader for JBake-format files in {@code content/pages/}. jbake-core stays inside this package.
 */
package baton.jbake;
