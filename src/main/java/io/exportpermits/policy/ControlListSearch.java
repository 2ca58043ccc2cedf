package io.exportpermits.policy;

import io.exportpermits.common.validation.ChemicalSymbol;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

public class ControlListSearch {
    public enum View { FLAT, TREE }

    @QueryParam("view")
    @DefaultValue("FLAT")
    @Parameter(description = "FLAT lists every entry; TREE nests sub-items under their parents.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"FLAT", "TREE"}, defaultValue = "FLAT"))
    public View view = View.FLAT;

    @QueryParam("element")
    @ChemicalSymbol
    @Parameter(description = "Only entries covering this element.", example = "Sm")
    public String element;

    @QueryParam("hsCode")
    @Pattern(regexp = "[0-9]{4,10}")
    @Parameter(description = "Only entries with an HS code starting with these digits.", example = "2846")
    public String hsCode;

    @QueryParam("codePrefix")
    @Size(max = 32)
    @Parameter(description = "Only entries whose code starts with this.", example = "1C9")
    public String codePrefix;
}
