package failwise.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void aFlatNameIsOnlyTrimmed() {
        assertThat(Names.canonical("  LocalDomainServers ")).isEqualTo("LocalDomainServers");
        assertThat(Names.canonical("Jane Doe")).isEqualTo("Jane Doe");
    }

    @Test
    void twoComponentsAreCommonNameAndOrganisation() {
        assertThat(Names.canonical("Mail1/Acme")).isEqualTo("CN=Mail1/O=Acme");
        // Two characters is a short organisation here, not a country: a country needs an organisation before it.
        assertThat(Names.canonical("Mail1/US")).isEqualTo("CN=Mail1/O=US");
    }

    @Test
    void threeComponentsEndInACountryOnlyWhenTheLastHasTwoCharacters() {
        assertThat(Names.canonical("Mail1/Sales/Acme")).isEqualTo("CN=Mail1/OU=Sales/O=Acme");
        assertThat(Names.canonical("Mail1/Acme/US")).isEqualTo("CN=Mail1/O=Acme/C=US");
    }

    @Test
    void fourComponentsWithACountry() {
        assertThat(Names.canonical("Mail1/Sales/Acme/US")).isEqualTo("CN=Mail1/OU=Sales/O=Acme/C=US");
        assertThat(Names.canonical("Mail1/East/Sales/Acme")).isEqualTo("CN=Mail1/OU=East/OU=Sales/O=Acme");
    }

    @Test
    void canonicalInputGetsUpperCaseKeysAndTrimmedComponents() {
        assertThat(Names.canonical("cn=Mail1/ou=Sales/o=Acme/c=US")).isEqualTo("CN=Mail1/OU=Sales/O=Acme/C=US");
        assertThat(Names.canonical(" Cn = Mail1 / oU=Sales /O=Acme ")).isEqualTo("CN=Mail1/OU=Sales/O=Acme");
        assertThat(Names.canonical("cn=Mail1")).isEqualTo("CN=Mail1");
    }

    @Test
    void wildcardsKeepTheStarBare() {
        assertThat(Names.canonical("*")).isEqualTo("*");
        assertThat(Names.canonical("*/Acme")).isEqualTo("*/O=Acme");
        assertThat(Names.canonical("*/Sales/Acme/US")).isEqualTo("*/OU=Sales/O=Acme/C=US");
        assertThat(Names.canonical("*/o=Acme")).isEqualTo("*/O=Acme");
    }

    @Test
    void keysCompareNamesIgnoringCaseAndForm() {
        assertThat(Names.key("Mail1/Acme")).isEqualTo("cn=mail1/o=acme");
        assertThat(Names.key("CN=mail1/O=ACME")).isEqualTo(Names.key("Mail1/Acme"));
        assertThat(Names.key("cn=MAIL1/ou=sales/o=acme")).isEqualTo(Names.key("Mail1/Sales/Acme"));
        assertThat(Names.key("Mail1/Acme")).isNotEqualTo(Names.key("Mail1/Sales/Acme"));
    }

    @Test
    void canonicalisingTwiceChangesNothing() {
        for (String name : new String[] {"Mail1/Sales/Acme/US", "*/Acme", "Jane Doe", "cn=a/o=b"}) {
            assertThat(Names.canonical(Names.canonical(name))).isEqualTo(Names.canonical(name));
        }
    }
}
