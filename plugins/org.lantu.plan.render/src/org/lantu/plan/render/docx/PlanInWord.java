package org.lantu.plan.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlCursor.TokenType;
import org.lantu.plan.render.document.Typesetting;

/**
 * The plan a Word document was written from, carried inside it: a custom XML part (the place
 * OOXML gives a document's own data, kept by Word and WPS when the document is edited and saved)
 * holds the plan's file name, its source text and a fingerprint of the document's text as
 * written. {@code lantu import} of a document whose text still has that fingerprint gives back
 * the plan itself, with every relation, acknowledgement and comment the Word layout cannot show;
 * a document whose text was changed after export is read from its text, and the plan it was
 * exported from stays available. The fingerprint is over the text only (whitespace left out), so
 * a document restyled or saved again by another program still counts as unchanged.
 */
public final class PlanInWord {

	/** The namespace of the part's root element. */
	public static final String NAMESPACE = "http://www.lantu.org/plan/word/1";
	static final String CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
	static final String CUSTOM_XML_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
	/** The largest part read back: a plan's source is rarely above a few MB, and base64 adds a third. */
	private static final int MAX_PART = 48 * 1024 * 1024;

	/** The plan to carry: its file name and source text. */
	public record Source(String file, String text) {
	}

	/** The plan found in a document, and whether the document's text is still the text it was written with. */
	public record Embedded(String file, String text, boolean unchanged) {
	}

	private PlanInWord() {
	}

	/** Adds the part holding {@code source} to {@code doc}, whose text must be complete. */
	static void embed(XWPFDocument doc, Source source) throws IOException {
		byte[] text = source.text().getBytes(StandardCharsets.UTF_8);
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<plan xmlns=\"" + NAMESPACE + "\" file=\""
				+ OfficialLayout.xml(Typesetting.xmlText(source.file())) + "\" text-sha256=\"" + fingerprint(doc) + "\">"
				+ Base64.getMimeEncoder(76, new byte[] { '\n' }).encodeToString(text) + "</plan>\n";
		// the item's identity, as Word's data store asks for one: derived from the content, so the same plan gives the same bytes
		String id = "{" + UUID.nameUUIDFromBytes(xml.getBytes(StandardCharsets.UTF_8)).toString().toUpperCase() + "}";
		String props = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<ds:datastoreItem ds:itemID=\"" + id
				+ "\" xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\"><ds:schemaRefs><ds:schemaRef ds:uri=\"" + NAMESPACE
				+ "\"/></ds:schemaRefs></ds:datastoreItem>\n";
		try {
			OPCPackage pkg = doc.getPackage();
			PackagePartName itemName = PackagingURIHelper.createPartName("/customXml/item1.xml");
			PackagePartName propsName = PackagingURIHelper.createPartName("/customXml/itemProps1.xml");
			PackagePart item = pkg.createPart(itemName, "application/xml");
			write(item, xml);
			PackagePart itemProps = pkg.createPart(propsName, "application/vnd.openxmlformats-officedocument.customXmlProperties+xml");
			write(itemProps, props);
			item.addRelationship(propsName, TargetMode.INTERNAL, CUSTOM_XML_PROPERTIES, "rId1");
			doc.getPackagePart().addRelationship(itemName, TargetMode.INTERNAL, CUSTOM_XML, "rIdLantuPlan");
		} catch (InvalidFormatException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private static void write(PackagePart part, String xml) throws IOException {
		try (OutputStream out = part.getOutputStream()) {
			out.write(xml.getBytes(StandardCharsets.UTF_8));
		}
	}

	/**
	 * The plan {@code doc} carries, if it has one that reads: a part in Lantu's namespace whose
	 * source is UTF-8. A part that is too large, not XML or holds a DTD is passed over.
	 */
	public static Optional<Embedded> read(XWPFDocument doc) {
		try {
			for (PackageRelationship r : doc.getPackagePart().getRelationshipsByType(CUSTOM_XML)) {
				if (r.getTargetMode() != TargetMode.INTERNAL) {
					continue;
				}
				PackagePart part = doc.getPackagePart().getRelatedPart(r);
				if (part == null) {
					continue;
				}
				byte[] xml;
				try (InputStream in = part.getInputStream()) {
					xml = in.readNBytes(MAX_PART + 1); // a part's size is not always known before it is read
				}
				Optional<Embedded> found = xml.length > MAX_PART ? Optional.empty() : parse(xml, doc);
				if (found.isPresent()) {
					return found;
				}
			}
		} catch (IOException | InvalidFormatException | RuntimeException e) {
			// a part that cannot be read is no plan: the document is read from its text
		}
		return Optional.empty();
	}

	private static Optional<Embedded> parse(byte[] xml, XWPFDocument doc) {
		// the JDK's own parser, whatever StAX library is on the class path: it knows every property set here
		XMLInputFactory f = XMLInputFactory.newDefaultFactory();
		f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		try {
			XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
			try {
				while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
					if (r.getEventType() == XMLStreamConstants.DTD) {
						return Optional.empty();
					}
				}
				if (r.getEventType() != XMLStreamConstants.START_ELEMENT || !NAMESPACE.equals(r.getNamespaceURI()) || !"plan".equals(r.getLocalName())) {
					return Optional.empty();
				}
				String file = r.getAttributeValue(null, "file");
				String sha = r.getAttributeValue(null, "text-sha256");
				String base64 = r.getElementText();
				byte[] bytes = Base64.getMimeDecoder().decode(base64);
				String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
				return Optional.of(new Embedded(file == null || file.isBlank() ? "plan.plan" : file, text, fingerprint(doc).equals(sha)));
			} finally {
				r.close();
			}
		} catch (XMLStreamException | CharacterCodingException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** SHA-256 of the text of the document's body (every w:t in order), whitespace left out. */
	static String fingerprint(XWPFDocument doc) {
		MessageDigest sha;
		try {
			sha = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
		StringBuilder text = new StringBuilder();
		try (XmlCursor c = doc.getDocument().newCursor()) {
			while (c.hasNextToken()) {
				TokenType t = c.toNextToken();
				if (t.isStart() && "t".equals(c.getName().getLocalPart()) && "http://schemas.openxmlformats.org/wordprocessingml/2006/main".equals(c.getName().getNamespaceURI())) {
					String s = c.getTextValue();
					for (int i = 0; i < s.length(); i++) {
						char ch = s.charAt(i);
						if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) {
							text.append(ch);
						}
					}
				}
			}
		}
		return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
	}
}
