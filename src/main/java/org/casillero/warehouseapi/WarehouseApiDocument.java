package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.casillero.warehouse.StaffMember;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * The warehouse API's OpenAPI 3 document, served at {@code /warehouse/v1/openapi.json}: every
 * operation needs a staff member's bearer token (the staff member itself is no parameter).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Casillero warehouse API",
                        version = "1",
                        description = "Receive packages for customer boxes, process shipments, record tracking events,"
                                + " decide consolidation requests."),
        security = @SecurityRequirement(name = "staff-token"))
@SecurityScheme(name = "staff-token", type = SecuritySchemeType.HTTP, scheme = "bearer")
class WarehouseApiDocument {
    /**
     * The tag of the operations on packages, unidentified packages, shipments and events: the one
     * springdoc gave them when one controller served them all, kept so the published document does not
     * change with the controllers' names.
     */
    static final String WAREHOUSE_TAG = "warehouse-api";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(StaffMember.class);
    }
}
