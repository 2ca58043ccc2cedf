package io.exportpermits.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.permit.api.HistoryAction;
import io.exportpermits.permit.api.PermitActionName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract's action names are the lifecycle table's, and history's are those plus create, ship and
 * the document changes. */
class PermitActionNamesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theContractNamesEveryLifecycleActionAsItsPath() {
        List<String> paths = Arrays.stream(PermitAction.values()).map(a -> a.path).toList();
        assertEquals(paths, wireNames(PermitActionName.values()));
        List<String> history = new ArrayList<>(List.of("create"));
        history.addAll(paths);
        history.addAll(List.of("ship", "request-change", "approve-change", "refuse-change", "add-document",
                "delete-document"));
        assertEquals(history, wireNames(HistoryAction.values()));
    }

    private static List<String> wireNames(Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> JSON.convertValue(c, String.class)).toList();
    }
}
