package com.leadaudit.followup;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How touches are ordered is SQL's work and is tested there (FirstTouchSqlTest); this is only the value's shape. */
class TouchTimeTest {

    @Test
    void isEitherAnInstantOrADate() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TouchTime(null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new TouchTime(Instant.EPOCH, LocalDate.EPOCH));
    }
}
