package dev.compliancecard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Keeps the BOM honest: it has no parent (so it imports no third-party versions), it is at the
 * project's version, and it manages every module the build deploys.
 */
class BomTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();

    @Test
    void bomHasNoParentAndTheProjectVersion() throws Exception {
        Document bom = read(ROOT.resolve("compliance-bom/pom.xml"));

        assertThat(child(bom.getDocumentElement(), "parent")).isEmpty();
        assertThat(text(bom.getDocumentElement(), "version"))
                .isEqualTo(System.getProperty("compliance.version"));
        assertThat(text(bom.getDocumentElement(), "packaging")).isEqualTo("pom");
    }

    @Test
    void bomManagesEveryDeployedModuleAtTheProjectVersion() throws Exception {
        List<String> deployed = deployedModules();
        List<String> managed = new ArrayList<>();
        Element management = child(read(ROOT.resolve("compliance-bom/pom.xml")).getDocumentElement(),
                "dependencyManagement").orElseThrow();
        for (Element dependency : children(child(management, "dependencies").orElseThrow(), "dependency")) {
            assertThat(text(dependency, "groupId")).isEqualTo("dev.compliancecard");
            assertThat(text(dependency, "version")).isEqualTo("${project.version}");
            managed.add(text(dependency, "artifactId"));
        }

        assertThat(deployed).contains("compliance-core", "compliance-testkit");
        assertThat(managed).containsAll(deployed);
    }

    /** The artifact ids of the reactor's jar modules that do not skip deployment. */
    private static List<String> deployedModules() throws Exception {
        Element parent = read(ROOT.resolve("pom.xml")).getDocumentElement();
        List<String> deployed = new ArrayList<>();
        for (Element module : children(child(parent, "modules").orElseThrow(), "module")) {
            Path directory = ROOT.resolve(module.getTextContent().trim());
            Element pom = read(directory.resolve("pom.xml")).getDocumentElement();
            boolean jar = child(pom, "packaging").map(Node::getTextContent).orElse("jar").equals("jar");
            boolean skipsDeploy = child(pom, "properties")
                    .flatMap(properties -> child(properties, "maven.deploy.skip"))
                    .map(skip -> skip.getTextContent().trim().equals("true"))
                    .orElse(false);
            if (jar && !skipsDeploy) {
                deployed.add(text(pom, "artifactId"));
            }
        }
        return deployed;
    }

    private static Document read(Path pom) throws IOException, ParserConfigurationException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var in = Files.newInputStream(pom)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Optional<Element> child(Node parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Element> children(Node parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element && nodes.item(i).getNodeName().equals(name)) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    private static String text(Node parent, String name) {
        return child(parent, name).map(element -> element.getTextContent().trim()).orElse(null);
    }
}
