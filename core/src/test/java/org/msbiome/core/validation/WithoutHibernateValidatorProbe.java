package org.msbiome.core.validation;

/**
 * Run by {@link WithoutHibernateValidatorTest} in a separate JVM whose class path has core's classes and
 * jakarta.validation-api only: calls each factory method three times and prints what each call threw.
 */
public final class WithoutHibernateValidatorProbe {
    private WithoutHibernateValidatorProbe() {}

    /**
     * Prints one line per call: method, call number, the class of what was thrown and its message.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        for (String method : new String[] {"validator", "newValidatorFactory"}) {
            for (int call = 1; call <= 3; call++) {
                try {
                    Object result = method.equals("validator")
                            ? MsbiomeValidation.validator()
                            : MsbiomeValidation.newValidatorFactory();
                    System.out.println(method + " " + call + " returned " + result.getClass().getName());
                } catch (Throwable e) {
                    System.out.println(method + " " + call + " " + e.getClass().getName() + ": " + e.getMessage());
                }
            }
        }
    }
}
