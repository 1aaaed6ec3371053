package org.casillero.admin;

import java.nio.file.Path;
import org.casillero.geo.GeoExport;
import org.casillero.geo.GeoImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "geo",
        description = "Geographic reference data: countries, states and cities.",
        synopsisSubcommandLabel = "COMMAND")
class GeoCommand extends CommandGroup {
    private final GeoImport geoImport;
    private final GeoExport geoExport;

    GeoCommand(GeoImport geoImport, GeoExport geoExport) {
        this.geoImport = geoImport;
        this.geoExport = geoExport;
    }

    @Command(
            name = "export",
            description = "Write the countries, states and cities in place as the three CSV files that"
                    + " 'geo import' reads (countries.csv, states.csv, cities.csv), to edit and import them.")
    void exportTables(
            @Option(names = "--dir", required = true, paramLabel = "FOLDER", description = "Where to write them.")
                    Path folder) {
        geoExport.exportTo(folder).forEach(file -> out().println("Wrote " + file));
    }

    @Command(
            name = "import",
            description = {
                "Replace the countries, states and cities with your own tables (your codes), from three CSV files"
                        + " (UTF-8, comma-separated, header line first):",
                "  countries: country_code,country_iso_code,country_name,ctry_code_phone",
                "  states:    state_code,country_code,state_name",
                "  cities:    city_code,state_code,city_name",
                "Everything is checked first (each problem with its file and line) and applied in one transaction;"
                        + " a city that a customer's address uses is never removed. Importing the same files again"
                        + " changes nothing. Running servers pick the new data up within casillero.geo-refresh (30s)."
            })
    void importTables(
            @Option(names = "--countries", required = true, paramLabel = "FILE", description = "The countries CSV.")
                    Path countries,
            @Option(names = "--states", required = true, paramLabel = "FILE", description = "The states CSV.")
                    Path states,
            @Option(names = "--cities", required = true, paramLabel = "FILE", description = "The cities CSV.")
                    Path cities) {
        GeoImport.Summary summary = geoImport.importFiles(countries, states, cities, line -> {
            out().println(line);
            out().flush();
        });
        if (!summary.changed()) {
            out().println("Nothing to change: the tables already hold these files.");
            return;
        }
        out().println("Imported:");
        summary.tables().forEach(line -> out().println("  " + line));
    }
}
