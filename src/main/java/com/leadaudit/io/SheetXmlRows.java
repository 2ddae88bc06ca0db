package com.leadaudit.io;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Pulls rows out of a worksheet part ({@code xl/worksheets/sheetN.xml}) one {@code <row>} at a time. Excel leaves
 * empty rows and cells out of the XML entirely, so positions come from the {@code r} attributes when present and
 * from counting when a writer omits them.
 */
final class SheetXmlRows implements AutoCloseable {

    /** OOXML escapes characters XML cannot carry, such as a carriage return, as {@code _x000D_}. */
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final InputStream in;
    private final XMLStreamReader xml;
    private final XlsxCellDecoder decoder;
    private int lastRowNumber;
    private int lastCompleteRow;
    private boolean finished;
    /** Characters of the cell being read, counted in full although only the first 32,767 are kept. */
    private long cellChars;

    SheetXmlRows(InputStream in, XlsxCellDecoder decoder) throws XMLStreamException {
        this.in = in;
        this.xml = SecureXml.open(in);
        this.decoder = decoder;
    }

    /** The next row, or null after the last one. */
    SheetRow next() throws XMLStreamException {
        while (!finished && xml.hasNext()) {
            int event = xml.next();
            if (event == START_ELEMENT && xml.getLocalName().equals("row")) {
                return readRow();
            }
            if (event == END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                finished = true;
            }
        }
        finished = true;
        return null;
    }

    /** Number of the last row read in full: how far the sheet was good when it turns out damaged. */
    int lastCompleteRow() {
        return lastCompleteRow;
    }

    private SheetRow readRow() throws XMLStreamException {
        int rowNumber = intAtLeast(1, xml.getAttributeValue(null, "r"), lastRowNumber + 1);
        lastRowNumber = rowNumber;
        CellLimits.RowBuilder cells = new CellLimits.RowBuilder();
        int lastColumn = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? lastColumn + 1 : CellRef.column(ref);
                cellChars = 0;
                CellValue value = readCell();
                if (column >= 0) {
                    // a reference beyond column XFD is not a place Excel could show; the cell is dropped
                    lastColumn = column;
                    cells.put(column, value);
                    if (cellChars > CellLimits.MAX_READ_CHARS || decoder.tookOversizedSharedString()) {
                        cells.oversized(column);
                    }
                }
            } else if (event == START_ELEMENT) {
                skipElement();
            } else if (event == END_ELEMENT) {
                break;
            }
        }
        lastCompleteRow = rowNumber;
        return cells.build(rowNumber);
    }

    private CellValue readCell() throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        int style = intAtLeast(0, xml.getAttributeValue(null, "s"), -1);
        String value = null;
        String inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = readText();
                    case "is" -> inline = readInlineString();
                    default -> skipElement(); // <f> is the formula: not data, its result is in <v>
                }
            } else if (event == END_ELEMENT) {
                break;
            }
        }
        return decoder.decode(type, style, value, inline);
    }

    /** Concatenates the runs of an inline rich string, leaving out phonetic guides ({@code <rPh>}). */
    private String readInlineString() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("t")) {
                    String run = readText();
                    text.append(run, 0, Math.min(run.length(), CellLimits.MAX_CELL_CHARS - text.length()));
                } else if (name.equals("rPh")) {
                    skipElement();
                } else {
                    depth++;
                }
            } else if (event == END_ELEMENT && depth-- == 0) {
                break;
            }
        }
        return unescape(text.toString());
    }

    /** Text content of the current element, capped at Excel's cell limit without ever holding more. */
    private String readText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if ((event == CHARACTERS || event == CDATA || event == SPACE) && depth == 0) {
                cellChars += xml.getTextLength();
                int room = CellLimits.MAX_CELL_CHARS - text.length();
                if (room > 0) {
                    text.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, xml.getTextLength()));
                }
            } else if (event == START_ELEMENT) {
                depth++;
            } else if (event == END_ELEMENT && depth-- == 0) {
                break;
            }
        }
        return text.toString();
    }

    private void skipElement() throws XMLStreamException {
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == START_ELEMENT) {
                depth++;
            } else if (event == END_ELEMENT && depth-- == 0) {
                return;
            }
        }
    }

    private static String unescape(String text) {
        if (!text.contains("_x")) {
            return text;
        }
        Matcher m = OOXML_ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int intAtLeast(int min, String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            return value >= min ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // closing a parser over a damaged part can fail; the stream below is closed regardless
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
