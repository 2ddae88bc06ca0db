package com.leadaudit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Compares two report folders workbook by workbook, sheet by sheet, cell by cell (type, value, number format), the
 * Run sheet's "Started at" row aside (it names the run that wrote the file). For checking that a performance change
 * leaves every workbook the benchmark writes as it was:
 *
 * <pre>
 * java -cp ... com.leadaudit.bench.CompareReports reports-before/2026-11-02 reports-after/2026-11-02
 * </pre>
 *
 * A third argument N compares only every N-th workbook (and the portfolio): loading both copies of 200 workbooks
 * takes minutes. Prints each difference (at most 20 per workbook) and exits 1 when there is any.
 */
public final class CompareReports {

    private CompareReports() {
    }

    public static void main(String[] args) throws Exception {
        Path a = Path.of(args[0]);
        Path b = Path.of(args[1]);
        int every = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<Path> all;
        try (Stream<Path> list = Files.list(a)) {
            all = list.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % every == 0 || all.get(i).getFileName().toString().equals("portfolio.xlsx")) {
                files.add(all.get(i));
            }
        }
        int differing = 0;
        for (Path fa : files) {
            Path fb = b.resolve(fa.getFileName());
            List<String> diffs = Files.exists(fb) ? compare(fa, fb) : List.of("missing in " + b);
            if (!diffs.isEmpty()) {
                differing++;
                System.out.println(fa.getFileName() + ":");
                diffs.stream().limit(20).forEach(d -> System.out.println("  " + d));
            }
        }
        System.out.printf("%d workbooks compared, %d differ%n", files.size(), differing);
        System.exit(differing == 0 ? 0 : 1);
    }

    static List<String> compare(Path fa, Path fb) throws IOException {
        List<String> diffs = new ArrayList<>();
        try (OPCPackage pa = open(fa); OPCPackage pb = open(fb);
             XSSFWorkbook wa = new XSSFWorkbook(pa); XSSFWorkbook wb = new XSSFWorkbook(pb)) {
            if (wa.getNumberOfSheets() != wb.getNumberOfSheets()) {
                diffs.add("sheets " + wa.getNumberOfSheets() + " vs " + wb.getNumberOfSheets());
                return diffs;
            }
            for (int s = 0; s < wa.getNumberOfSheets(); s++) {
                Sheet sa = wa.getSheetAt(s);
                Sheet sb = wb.getSheetAt(s);
                if (!sa.getSheetName().equals(sb.getSheetName())) {
                    diffs.add("sheet " + s + " named " + sa.getSheetName() + " vs " + sb.getSheetName());
                    continue;
                }
                int last = Math.max(sa.getLastRowNum(), sb.getLastRowNum());
                for (int r = 0; r <= last; r++) {
                    String ra = row(sa.getRow(r));
                    String rb = row(sb.getRow(r));
                    if (sa.getSheetName().equals("Run") && ra.startsWith("S:Started at") && rb.startsWith("S:Started at")) {
                        continue;
                    }
                    if (!Objects.equals(ra, rb)) {
                        diffs.add(sa.getSheetName() + " row " + (r + 1) + ": " + ra + " | " + rb);
                    }
                }
            }
        } catch (Exception e) {
            diffs.add("cannot compare: " + e);
        }
        return diffs;
    }

    private static OPCPackage open(Path file) throws IOException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** A row as text: per cell its type, value and number format. */
    private static String row(Row row) {
        if (row == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            if (cell == null) {
                out.append("\t");
                continue;
            }
            CellType type = cell.getCellType();
            String value = switch (type) {
                case STRING -> "S:" + cell.getStringCellValue();
                case NUMERIC -> "N:" + cell.getNumericCellValue();
                case BOOLEAN -> "B:" + cell.getBooleanCellValue();
                case FORMULA -> "F:" + cell.getCellFormula();
                case BLANK -> "";
                default -> type.name();
            };
            out.append(value);
            if (type == CellType.NUMERIC) {
                out.append('@').append(cell.getCellStyle().getDataFormatString());
            }
            out.append('\t');
        }
        return out.toString().replaceAll("\t+$", "");
    }
}
