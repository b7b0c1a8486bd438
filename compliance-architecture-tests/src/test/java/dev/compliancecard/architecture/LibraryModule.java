package dev.compliancecard.architecture;

import java.util.Arrays;
import java.util.Comparator;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

/**
 * The modules of the library, told apart by package: each module owns a package root, and core
 * owns every package under {@code dev.compliancecard} that no other module owns. A module's
 * internal classes live in {@code <root>.internal} and below.
 */
enum LibraryModule {
    CORE("dev.compliancecard", true),
    CSV("dev.compliancecard.csv", true),
    JDBC("dev.compliancecard.jdbc", true),
    TESTKIT("dev.compliancecard.testkit", true),
    EXAMPLES("dev.compliancecard.examples", false);

    private final String root;
    private final boolean library;

    LibraryModule(String root, boolean library) {
        this.root = root;
        this.library = library;
    }

    String root() {
        return root;
    }

    /** Whether the module is a library that hosts put on their runtime path. */
    boolean isLibrary() {
        return library;
    }

    /** The module owning a package, or null for a package outside the library. */
    static LibraryModule owning(String packageName) {
        return Arrays.stream(values())
                .filter(module -> isWithin(packageName, module.root))
                .max(Comparator.comparingInt(module -> module.root.length()))
                .orElse(null);
    }

    /** The module owning a class, or null for a class outside the library. */
    static LibraryModule of(JavaClass javaClass) {
        return owning(javaClass.getBaseComponentType().getPackageName());
    }

    /** Whether a class lies in the internal packages of its module. */
    static boolean isInternal(JavaClass javaClass) {
        LibraryModule owner = of(javaClass);
        return owner != null
                && isWithin(javaClass.getBaseComponentType().getPackageName(), owner.root + ".internal");
    }

    /** Matches the classes that belong to one of the given modules. */
    static DescribedPredicate<JavaClass> belongTo(LibraryModule... modules) {
        return DescribedPredicate.describe("belong to " + Arrays.toString(modules),
                javaClass -> Arrays.asList(modules).contains(of(javaClass)));
    }

    /** Matches the classes of library modules, those hosts put on their runtime path. */
    static DescribedPredicate<JavaClass> belongToALibrary() {
        return DescribedPredicate.describe("belong to a library module", javaClass -> {
            LibraryModule owner = of(javaClass);
            return owner != null && owner.library;
        });
    }

    private static boolean isWithin(String packageName, String root) {
        return packageName.equals(root) || packageName.startsWith(root + ".");
    }
}
