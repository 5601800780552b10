package no.meldeport.model;

/** A registry that Meldeport delivers to. The lower-case {@link #id()} is used in URLs, configuration and the store. */
public enum Registry {
    SYSVAK("sysvak", "SYSVAK"),
    MSIS("msis", "MSIS"),
    NOKLUS("noklus", "NOKLUS"),
    NAV("nav", "NAV");

    private final String id;
    private final String displayName;

    Registry(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Finds the registry by its lower-case id, or throws {@link IllegalArgumentException} naming the known ids. */
    public static Registry fromId(String id) {
        for (Registry registry : values()) {
            if (registry.id.equals(id)) {
                return registry;
            }
        }
        throw new IllegalArgumentException("Unknown registry '" + id + "'; expected one of sysvak, msis, noklus, nav");
    }
}
