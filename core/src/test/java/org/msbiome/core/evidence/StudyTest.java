package org.msbiome.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.msbiome.core.validation.ConstraintAssertions.assertValid;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msbiome.core.registry.Registry;
import org.msbiome.core.registry.RegistryId;
import org.msbiome.fixtures.PublishedStudies;

class StudyTest {

    @Test
    void tamtaji2017IsRetractedBecauseItsPrimaryCitationIs() {
        Study tamtaji = PublishedStudies.tamtaji2017();

        assertValid(tamtaji);
        assertThat(tamtaji.isRetracted()).isTrue();
        assertThat(tamtaji.retraction()).hasValueSatisfying(
                n -> assertThat(n.describe()).isEqualTo("retraction 2024 (38980210)"));
        assertThat(tamtaji.primaryCitation().integrityNotices()).extracting(IntegrityNotice::type)
                .containsExactly(IntegrityNoticeType.EXPRESSION_OF_CONCERN, IntegrityNoticeType.RETRACTION);
        assertThat(PublishedStudies.kouchaki2017().isRetracted()).isFalse();
    }

    @Test
    void aRetractedSecondaryCitationDoesNotRetractTheStudy() {
        // synthetic citations: no published study is known to have a retracted secondary article
        Citation secondary = Citation.ofAuthors(List.of(Author.of("Secondary A")), Year.of(2020))
                .withNotice(IntegrityNotice.of(IntegrityNoticeType.RETRACTION, PartialDate.ofYear(2021)));
        Study study = PublishedStudies.kouchaki2017().withCitation(secondary);

        assertThat(study.citations()).hasSize(2);
        assertThat(study.isRetracted()).isFalse();
        assertThat(study.retraction()).isEmpty();
    }

    @Test
    void registryIdsJoinTheTrialsAndTheStudysOwn() {
        Study protocol = Study.of("Aghamohammadi 2019", Citation.of(Doi.parse("10.1186/s13063-019-3454-9")),
                PublishedStudies.aghamohammadi2019ProtocolDesign());

        assertThat(protocol.registryIds()).containsExactly(RegistryId.of(Registry.IRCT, "IRCT20161022030424N1"));
        assertThat(protocol.registrations()).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> protocol.withRegistration(RegistryId.parse("IRCT20161022030424N1"))
                        .withRegistration(RegistryId.parse("IRCT20161022030424N1")))
                .withMessage("study 'Aghamohammadi 2019' lists a registration twice; expected each once");
    }

    @Test
    void aPreclinicalStudyGivesTheInterventionsOfItsGroups() {
        Study lavasani = PublishedStudies.lavasani2010();

        assertValid(lavasani);
        assertThat(lavasani.design()).isInstanceOf(StudyDesign.Preclinical.class);
        assertThat(lavasani.design().interventions()).isNotEmpty()
                .doesNotHaveDuplicates()
                .allSatisfy(i -> assertThat(lavasani.intervention(i.name())).contains(i));
        assertThat(lavasani.design().outcomes()).isEmpty();
    }

    @Test
    void rejectsAStudyWithoutCitation() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Study("Kouchaki 2017", List.of(),
                        new StudyDesign.Clinical(PublishedStudies.kouchaki2017Design()), List.of()))
                .withMessage("study 'Kouchaki 2017' has no citation; expected at least the primary citation, "
                        + "the article reporting its results");
    }

    @Test
    void rejectsACitationListedTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublishedStudies.kouchaki2017().withCitation(PublishedStudies.KOUCHAKI_2017_CITATION))
                .withMessage("study 'Kouchaki 2017' lists a citation twice; expected each once");
    }
}
