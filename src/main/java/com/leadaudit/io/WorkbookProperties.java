package com.leadaudit.io;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the one workbook-level setting that changes cell values: the 1904 date system. */
final class WorkbookProperties {

    private WorkbookProperties() {
    }

    static boolean date1904(InputStream workbookXml) throws IOException, XMLStreamException {
        try (workbookXml) {
            XMLStreamReader xml = SecureXml.open(workbookXml);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = xml.getLocalName();
                    if (name.equals("workbookPr")) {
                        String value = xml.getAttributeValue(null, "date1904");
                        return "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                    if (name.equals("sheets")) {
                        // workbookPr precedes sheets in the schema; past that point it is absent
                        return false;
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        }
    }
}
