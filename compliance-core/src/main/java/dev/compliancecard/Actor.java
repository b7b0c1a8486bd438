package dev.compliancecard;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import dev.compliancecard.internal.Rules;
import dev.compliancecard.rules.Identifier;
import dev.compliancecard.rules.Required;
import dev.compliancecard.rules.ViolationException;

/**
 * Who makes a change: a user or a process of the host, named by the host's id for it, with
 * its permissions. Cards and audit records keep the id of the actor who changed them; the
 * permissions decide what the actor may do.
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
     * @param permissions what the actor may do beyond ordinary changes; none for an ordinary user
     * @return the actor
     * @throws ViolationException naming the field {@code actor.id} and every broken rule: the id
     *     is null or blank, longer than {@value #MAX_ID_LENGTH} code points, holds control
     *     characters, is not well-formed or has white space at either end
     * @throws NullPointerException if permissions is null (the message is {@code permissions}) or
     *     one of them is (the message names its position, such as {@code permissions[1]})
     */
    public static Actor of(String id, Permission... permissions) {
        Objects.requireNonNull(permissions, "permissions");
        Rules.requireValidValue(Actor.class, "id", id, "actor.id", "Actor");
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        for (int i = 0; i < permissions.length; i++) {
            int position = i;
            granted.add(Objects.requireNonNull(permissions[i], () -> "permissions[" + position + "]"));
        }
        return new Actor(id, Set.copyOf(granted));
    }

    /**
     * Returns the host's id of the user or process; audit records keep it.
     *
     * @return the id, never null
     */
    @Required
    @Identifier(max = MAX_ID_LENGTH)
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

    /**
     * Two actors are equal when their ids and permissions are equal.
     *
     * @param other any object, possibly null
     * @return true if equal
     */
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

    /**
     * Returns the id and the permissions, such as {@code Actor{id=user-17, permissions=[ADMIN]}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "Actor{id=" + id + ", permissions=" + permissions + "}";
    }
}
