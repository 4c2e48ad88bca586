package org.lantu.plan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.CheckReport;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The SARIF log of a check is valid SARIF 2.1.0 and places each finding where the text report does. */
class SarifWriterTest {

	static final JsonSchema SCHEMA;
	static {
		try (InputStream in = SarifWriterTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
			SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@TempDir
	Path dir;

	private JsonNode validLog(String sarif) throws Exception {
		JsonNode log = new ObjectMapper().readTree(sarif);
		Set<ValidationMessage> errors = SCHEMA.validate(log);
		assertTrue(errors.isEmpty(), () -> errors + "\n" + sarif);
		return log;
	}

	@Test
	void aCheckWithFindingsIsAValidLogWithTheFindingsInPlace() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("规划"));
		Path plan = folder.resolve("甲区.plan");
		Files.writeString(plan, """
				plan 甲区
				indicator 总量（亿元）{ target 2025: 100 }
				indicator 甲（亿元）{ target 2025: 50 }
				indicator 乙（亿元）{ target 2025: 40 }
				sum 总量 = 甲 + 乙
				""", StandardCharsets.UTF_8);
		CheckReport report = PlanChecker.create().check(List.of(plan), CheckFilter.ALL, PlanChecker.Options.DEFAULT);
		assertTrue(report.diagnostics().stream().anyMatch(d -> d.check().equals("sum.mismatch")), report.diagnostics().toString());
		String sarif = new SarifWriter("1.2.3", dir, Lang.ZH).write(report.diagnostics());
		JsonNode run = validLog(sarif).get("runs").get(0);
		assertEquals("unicodeCodePoints", run.get("columnKind").asText());
		JsonNode rules = run.get("tool").get("driver").get("rules");
		assertEquals(CheckType.all().size(), rules.size());
		JsonNode results = run.get("results");
		assertEquals(report.diagnostics().size(), results.size());
		for (int i = 0; i < results.size(); i++) {
			PlanDiagnostic d = report.diagnostics().get(i);
			JsonNode r = results.get(i);
			assertEquals(d.check(), r.get("ruleId").asText());
			assertEquals(d.check(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
			JsonNode location = r.get("locations").get(0).get("physicalLocation");
			assertEquals("%E8%A7%84%E5%88%92/%E7%94%B2%E5%8C%BA.plan", location.get("artifactLocation").get("uri").asText());
			assertEquals("SRCROOT", location.get("artifactLocation").get("uriBaseId").asText());
			assertEquals(d.line(), location.get("region").get("startLine").asInt());
			assertEquals(d.column(), location.get("region").get("startColumn").asInt());
			assertEquals(d.message(), r.get("message").get("text").asText());
		}
		JsonNode sum = rules.get(CheckType.SUM_MISMATCH.ordinal());
		assertEquals("合计与分项之和不符", sum.get("shortDescription").get("text").asText());
		assertTrue(sum.get("help").get("markdown").asText().length() > 40, "the catalogue entry is the rule's help");
		assertTrue(run.get("originalUriBaseIds").get("SRCROOT").get("uri").asText().startsWith("file:///"));
	}

	@Test
	void noFindingsAndHostileTextStayValid() throws Exception {
		validLog(new SarifWriter("0", dir, Lang.EN).write(List.of()));
		List<PlanDiagnostic> hostile = new ArrayList<>();
		hostile.add(new PlanDiagnostic("/elsewhere/x \"y\".plan", 3, 2, 3, 2, PlanDiagnostic.Severity.INFO, "claim.differs",
				"说 \"100\"\u0000\n\u001B[31m — acknowledged: 原文如此", "总量", List.of("100", "\\")));
		hostile.add(PlanDiagnostic.ofFile(dir.resolve("a b#c?.plan").toString(), 1, 1, "file", "not UTF-8"));
		JsonNode results = validLog(new SarifWriter("0", dir, Lang.EN).write(hostile)).get("runs").get(0).get("results");
		assertEquals("note", results.get(0).get("level").asText());
		assertEquals("file:///elsewhere/x%20%22y%22.plan", results.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
		assertEquals("a%20b%23c%3F.plan", results.get(1).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
		assertEquals("说 \"100\"\u0000\n\u001B[31m — acknowledged: 原文如此", results.get(0).get("message").get("text").asText());
		assertNotNull(results.get(0).get("locations").get(0).get("logicalLocations"));
	}

	@Test
	void theSchemaCheckRejectsAnInvalidLog() throws Exception {
		String sarif = new SarifWriter("0", dir, Lang.EN).write(List.of(PlanDiagnostic.ofFile("a.plan", 1, 1, "file", "x")));
		String broken = sarif.replace("\"level\": \"error\"", "\"level\": \"fatal\"");
		assertTrue(!broken.equals(sarif) && !SCHEMA.validate(new ObjectMapper().readTree(broken)).isEmpty());
		assertTrue(!SCHEMA.validate(new ObjectMapper().readTree(sarif.replace("\"startLine\": 1", "\"startLine\": 0"))).isEmpty());
	}

	@Test
	void ruleNamesArePascalCase() {
		assertEquals("SumOfWhich", SarifWriter.camelName("sum.of-which"));
		assertEquals("File", SarifWriter.camelName("file"));
	}
}
