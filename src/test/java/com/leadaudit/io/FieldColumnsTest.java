package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldColumnsTest {

    @Test
    void findsEachFieldsColumnAndNothingForOtherNames() {
        Map<String, Integer> found = new LinkedHashMap<>();
        // more fields than a table of eight slots holds without collisions, columns past the boxed-integer cache
        String[] names = {"email", "first_name", "last_name", "company", "title", "phone", "scanned_at", "rating",
                "notes", "badge_id", "country", "scanned_by"};
        for (int i = 0; i < names.length; i++) {
            found.put(names[i], 200 * i);
        }
        FieldColumns columns = new FieldColumns(found);

        for (int i = 0; i < names.length; i++) {
            // a different instance of the same name: found by its letters, not only by identity
            assertThat(columns.column(new String(names[i].toCharArray()))).isEqualTo(200 * i);
            assertThat(columns.get(names[i])).isEqualTo(200 * i);
        }
        assertThat(columns.column("owner")).isEqualTo(-1);
        assertThat(columns.get("owner")).isNull();
        assertThat(columns.get(42)).isNull();
        assertThat(columns.containsKey("owner")).isFalse();
        assertThat(columns.containsKey("notes")).isTrue();
        assertThat(columns.containsValue(2200)).isTrue();
    }

    @Test
    void keepsTheOrderTheFieldsWereFoundInAndEqualsTheMapItWasMadeFrom() {
        Map<String, Integer> found = new LinkedHashMap<>();
        found.put("subject", 3);
        found.put("id", 0);
        found.put("owner", 8);
        FieldColumns columns = new FieldColumns(found);

        assertThat(columns.keySet()).containsExactly("subject", "id", "owner");
        assertThat(columns.values()).containsExactly(3, 0, 8);
        assertThat(columns).isEqualTo(found).hasSize(3);
        assertThat(found).isEqualTo(columns);
        assertThat(columns.hashCode()).isEqualTo(found.hashCode());
        assertThat(new FieldColumns(Map.of()).column("id")).isEqualTo(-1);
    }
}
