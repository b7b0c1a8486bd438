package dev.compliancecard;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.compliancecard.internal.TextRules;
import dev.compliancecard.rules.Rule;
import dev.compliancecard.rules.Violation;
import dev.compliancecard.rules.ViolationException;

/**
 * Who makes a change: a user or a process of the host, named by the host's id for it, with
 * its permissions. Audit records keep the id.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Actor {

    /** The largest length of an actor id, in code points. */
    public static final int MAX_ID_LENGTH = 128;

    private final String id;
    private final Set<Permission> permissions;

    private Actor(String id, Set<Permission> permissions) {
        this.id = id;
        this.permissions = permissions;
    }

    /**
     * Creates an actor.
     *
     * @param id the host's id of the user or process; it should not be personal data such as an
     *     email address, since audit records keep it after erasure
     * @param permissions what the actor may do beyond ordinary changes
     * @return the actor
     * @throws ViolationException if the id is null, blank, too long or holds control characters
     * @throws NullPointerException if a permission is null
     */
    public static Actor of(String id, Permission... permissions) {
        if (id == null || id.isBlank()) {
            throw reject(Violation.of("actor.id", Rule.REQUIRED, id, 0));
        }
        if (TextRules.tooLong(id, MAX_ID_LENGTH)) {
            throw reject(Violation.of("actor.id", Rule.TEXT_TOO_LONG, id, MAX_ID_LENGTH));
        }
        if (TextRules.hasControlCharacters(id, false)) {
            throw reject(Violation.of("actor.id", Rule.TEXT_CONTROL_CHARACTERS, id, 0));
        }
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        for (Permission permission : permissions) {
            granted.add(Objects.requireNonNull(permission, "permission"));
        }
        return new Actor(id, Set.copyOf(granted));
    }

    private static ViolationException reject(Violation violation) {
        return new ViolationException("Actor", List.of(violation));
    }

    /**
     * Returns the host's id of the user or process; audit records keep it.
     *
     * @return the id, never null
     */
    public String id() {
        return id;
    }

    /**
     * Returns what the actor may do beyond ordinary changes.
     *
     * @return the permissions, unmodifiable, possibly empty
     */
    public Set<Permission> permissions() {
        return permissions;
    }

    /**
     * Tells whether the actor has a permission.
     *
     * @param permission the permission
     * @return true if granted
     */
    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Actor)) {
            return false;
        }
        Actor that = (Actor) other;
        return id.equals(that.id) && permissions.equals(that.permissions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, permissions);
    }

    @Override
    public String toString() {
        return "Actor{id=" + id + ", permissions=" + permissions + "}";
    }
}
