/** PDF documents from XHTML templates, with embedded fonts: {@link org.stiel.platform.pdf.PdfRenderer}. */
package org.stiel.platform.pdf;
