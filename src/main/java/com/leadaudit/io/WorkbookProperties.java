package com.leadaudit.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What {@code xl/workbook.xml} says that changes how cells are read and which sheet is read: the 1904 date system,
 * and which sheets are hidden ({@code state="hidden"} or {@code "veryHidden"}). Parsed as a stream up to the end of
 * {@code <sheets>}; defined names and the rest after it are never read.
 */
record WorkbookProperties(boolean date1904, Set<String> hiddenSheets) {

    WorkbookProperties {
        hiddenSheets = Set.copyOf(hiddenSheets);
    }

    static WorkbookProperties read(InputStream workbookXml) throws IOException, XMLStreamException {
        try (workbookXml) {
            XMLStreamReader xml = SecureXml.open(workbookXml);
            boolean date1904 = false;
            Set<String> hidden = new HashSet<>();
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheets")) {
                        break;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = xml.getLocalName();
                    if (name.equals("workbookPr")) {
                        String value = xml.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                    } else if (name.equals("sheet")) {
                        String state = xml.getAttributeValue(null, "state");
                        String sheetName = xml.getAttributeValue(null, "name");
                        if (sheetName != null && state != null && !state.trim().equalsIgnoreCase("visible")) {
                            hidden.add(sheetName);
                        }
                    }
                }
                return new WorkbookProperties(date1904, hidden);
            } finally {
                xml.close();
            }
        }
    }
}
