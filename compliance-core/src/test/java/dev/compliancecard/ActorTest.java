package dev.compliancecard;

import static dev.compliancecard.Refusals.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActorTest {

    @Test
    void keepsIdAndPermissions() {
        Actor admin = Actor.of("admin-1", Permission.ADMIN, Permission.ADMIN);

        assertThat(admin.id()).isEqualTo("admin-1");
        assertThat(admin.permissions()).containsExactly(Permission.ADMIN);
        assertThat(admin.has(Permission.ADMIN)).isTrue();
        assertThat(admin).hasToString("Actor{id=admin-1, permissions=[ADMIN]}");
    }

    @Test
    void ordinaryActorHasNoPermission() {
        Actor user = Actor.of("user-17");

        assertThat(user.permissions()).isEmpty();
        assertThat(user.has(Permission.ADMIN)).isFalse();
    }

    @Test
    void permissionsCannotBeChanged() {
        assertThatThrownBy(() -> Actor.of("u").permissions().add(Permission.ADMIN))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalWhenIdAndPermissionsAreEqual() {
        assertThat(Actor.of("u")).isEqualTo(Actor.of("u")).hasSameHashCodeAs(Actor.of("u"))
                .isNotEqualTo(Actor.of("v")).isNotEqualTo(Actor.of("u", Permission.ADMIN)).isNotEqualTo("u");
        assertThat(Actor.of("u").hashCode()).isNotEqualTo(Actor.of("v").hashCode());
    }

    @Test
    void nullIdIsRefused() {
        assertThat(violations(() -> Actor.of(null))).containsExactly("actor.id required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0"})
    void blankIdIsRefused(String blank) {
        assertThat(violations(() -> Actor.of(blank))).containsExactly("actor.id required");
    }

    @Test
    void idIsBoundedTo128CodePoints() {
        assertThat(Actor.of("\uD83D\uDE00".repeat(Actor.MAX_ID_LENGTH)).id()).hasSize(256);
        assertThat(violations(() -> Actor.of("a".repeat(129)))).containsExactly("actor.id text.too-long");
    }

    @Test
    void idWithControlCharactersOrOuterSpaceIsRefusedWithEveryRule() {
        assertThat(violations(() -> Actor.of("user\n17 "))).containsExactly(
                "actor.id text.control-characters", "actor.id text.untrimmed");
    }

    @Test
    void nullPermissionsAreRefused() {
        assertThatThrownBy(() -> Actor.of("u", (Permission[]) null))
                .isInstanceOf(NullPointerException.class).hasMessage("permissions");
        assertThatThrownBy(() -> Actor.of("u", Permission.ADMIN, null))
                .isInstanceOf(NullPointerException.class).hasMessage("permissions[1]");
    }
}
