package baton.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;

/**
 * Reads {@code ${entry.headline}} from a record as OGNL would, but finds the accessor once per class and name.
 *
 * <p>OGNL caches bean getters ({@code getHeadline()}) but not the fallback it uses for other read methods such as a
 * record's {@code headline()}: without this, every property read on a record lists and compares all the methods of
 * its class, which was most of the time spent rendering a page. The method chosen, the access check and the errors
 * are OGNL's own ({@code OgnlRuntime.getMethodValue}); only the lookup is remembered.
 */
final class RecordAccessor extends ObjectPropertyAccessor {

  private static final Object[] NO_ARGUMENTS = new Object[0];

  private static final ClassValue<Map<String, Optional<Method>>> READERS =
      new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  /** Registers the accessor for every record class; OGNL's registry is global, registering twice is harmless. */
  static void install() {
    OgnlRuntime.setPropertyAccessor(Record.class, new RecordAccessor());
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Object getPossibleProperty(Map context, Object target, String name) throws OgnlException {
    if (target == null || !(context instanceof OgnlContext ognl)) {
      return super.getPossibleProperty(context, target, name);
    }
    Class<?> type = target.getClass();
    Method reader = READERS.get(type).computeIfAbsent(name, n -> find(ognl, type, n)).orElse(null);
    if (reader == null || !ognl.getMemberAccess().isAccessible(ognl, target, reader, name)) {
      // Not a read method: a field, or no such property. OGNL's own path says which, with its own message.
      return super.getPossibleProperty(context, target, name);
    }
    try {
      return OgnlRuntime.invokeMethod(target, reader, NO_ARGUMENTS);
    } catch (InvocationTargetException e) {
      throw new OgnlException(name, e.getTargetException());
    } catch (IllegalAccessException e) {
      throw new OgnlException(name, e);
    }
  }

  /** The method OGNL reads the property with: a bean getter first, else a method named like the property. */
  private static Optional<Method> find(OgnlContext context, Class<?> type, String name) {
    try {
      Method getter = OgnlRuntime.getGetMethod(context, type, name);
      return Optional.ofNullable(getter != null ? getter : OgnlRuntime.getReadMethod(type, name, null));
    } catch (java.beans.IntrospectionException | OgnlException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
