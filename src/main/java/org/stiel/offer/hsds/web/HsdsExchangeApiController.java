package org.stiel.offer.hsds.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stiel.accounts.StielUser;
import org.stiel.offer.hsds.HsdsExchange;
import org.stiel.offer.hsds.HsdsReport;

/** Import into and export from the current network in HSDS 3.0 (JSON, or the tabular CSV data package as a zip). */
@RestController
@RequestMapping("/api/v1/hsds")
@Tag(name = "HSDS 3.0", description = "The published offer as Open Referral HSDS 3.0, public")
class HsdsExchangeApiController {

    private final HsdsExchange exchange;

    HsdsExchangeApiController(HsdsExchange exchange) {
        this.exchange = exchange;
    }

    @PostMapping(value = "/import", consumes = MediaType.ALL_VALUE)
    @Operation(
            summary = "Import an HSDS document or CSV data package zip into the current network (coordinators)",
            description = "The body is the file: an organization or service list (or one object) in JSON, or a zip "
                    + "of HSDS CSV files. Idempotent by HSDS id. With any error nothing is imported and the answer "
                    + "is 422 with the report; preview=true only reports.")
    @ApiResponse(responseCode = "200", description = "Imported (or previewed); the report lists every record")
    @ApiResponse(responseCode = "403", description = "Not a coordinator of the current network")
    @ApiResponse(responseCode = "422", description = "Errors by row and field; nothing was imported")
    ResponseEntity<HsdsReport> importFile(
            @AuthenticationPrincipal StielUser user,
            @RequestBody byte[] body,
            @Parameter(description = "Only report what would happen") @RequestParam(defaultValue = "false")
                    boolean preview,
            @RequestParam(name = "file_name", defaultValue = "upload") String fileName) {
        var report = preview ? exchange.preview(user, fileName, body) : exchange.importNow(user, fileName, body);
        return ResponseEntity.status(report.errors().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(report);
    }

    @GetMapping(value = "/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The current network's offer as an HSDS organization list (coordinators, partner staff)")
    ResponseEntity<byte[]> exportJson(@AuthenticationPrincipal StielUser user) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hsds.json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(exchange.exportJson(user));
    }

    @GetMapping(value = "/export.zip", produces = "application/zip")
    @Operation(summary = "The current network's offer as the HSDS tabular data package (coordinators, partner staff)")
    ResponseEntity<byte[]> exportZip(@AuthenticationPrincipal StielUser user) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hsds.zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(exchange.exportZip(user));
    }
}
