#include "report/ReportComposer.h"

#include "faces/VideoVerdict.h"

#include "explain/ExplainerRegistry.h"
#include "core/Timecode.h"

#include "core/Version.h"
#include "evaluate/CalibrationStatement.h"
#include "report/ReportCharts.h"
#include "report/ReportFigures.h"
#include "report/ReportHtml.h"
#include "report/ReportStrings.h"
#include "report/RobustnessOutcome.h"

#include <QFileInfo>

#include <algorithm>
#include <map>

namespace fakelens {

using namespace html;

namespace {

using T = ReportText;

// Rows per block of the frame table: a block never splits; 22 rows fit under the timeline chart
// on its page, and two blocks fill a page.

// The band and small-face sentences of the verdict paragraph ("" when neither applies).
QString verdictConditions(const ReportInput& in) {
    const EvidenceVerdict& v = in.verdict;
    const ModelCard& card = in.model.card;
    QString out;
    if (card.hasInconclusiveBand)
        out += QStringLiteral("<br>") +
               esc((in.evidence.isVideo
                        ? T::tr("The model card's inconclusive band is %1 to %2: a score inside it is neither fake nor "
                                "real. %n of the frames that took part had their highest P(fake) inside it.",
                                nullptr, v.inconclusiveUnits)
                        : T::tr("The model card's inconclusive band is %1 to %2: a score inside it is neither fake nor "
                                "real. %n of the faces that took part scored inside it.",
                                nullptr, v.inconclusiveUnits))
                       .arg(card.inconclusiveLow, 0, 'f', 2)
                       .arg(card.inconclusiveHigh, 0, 'f', 2));
    if (v.smallFacesIncluded)
        out += QStringLiteral("<br>") +
               esc(T::tr("Faces too small to judge (box under %1 pixels) were kept in the verdict at the "
                         "examiner's request.").arg(card.minFaceSide(), 0, 'f', 0));
    else if (v.smallFacesLeftOut > 0)
        out += QStringLiteral("<br>") +
               esc((in.evidence.isVideo
                        ? T::tr("%n face observation(s) too small to judge (box under %1 pixels) were left out of "
                                "the verdict.", nullptr, v.smallFacesLeftOut)
                        : T::tr("%n face(s) too small to judge (box under %1 pixels) were left out of the verdict.",
                                nullptr, v.smallFacesLeftOut))
                       .arg(card.minFaceSide(), 0, 'f', 0));
    return out;
}

QString timeText(double seconds) { return QString::fromStdString(timecode(seconds)); }

void composeTitle(ReportDocument& doc, const ReportInput& in) {
    const CaseDetails& c = in.caseDetails;
    QString rows;
    rows += kvRow(T::tr("Case ID"), c.caseId.isEmpty() ? T::tr("(not given)") : esc(c.caseId));
    rows += kvRow(T::tr("Examiner"), c.examiner.isEmpty() ? T::tr("(not given)") : esc(c.examiner));
    rows += kvRow(T::tr("Analysis date and time"), esc(isoTime(c.analysed)));
    rows += kvRow(T::tr("Software"), esc(T::tr("FakeLens %1").arg(QString::fromLatin1(kVersion))));
    doc.add(QStringLiteral("<h1>%1</h1><p class=\"subtitle\">%2</p>%3")
                .arg(esc(T::tr("Deepfake analysis report")),
                     esc(T::tr("Evidence: %1").arg(QFileInfo(in.evidence.path).fileName())), kvTable(rows)));
}

// "face 2" on an image, "track 3, frame 40 (00:00:01.600)" on a video.
QString faceWhere(const ReportInput& in, const ReportFace& face) {
    return in.evidence.isVideo
               ? T::tr("track %1, frame %2 (%3)").arg(face.trackId).arg(face.frame).arg(timeText(face.timeSeconds))
               : T::tr("face %1").arg(face.faceIndex + 1);
}

// The robustness re-test's outcome on page 1: a verdict that flips under re-encoding, downscaling
// or a one-pixel shift rests on fragile evidence, and a reader of page 1 alone must know it.
QString robustnessFinding(const ReportInput& in) {
    const RobustnessOutcome outcome = robustnessOutcome(in);
    if (outcome.tested == 0)
        return {};
    if (!outcome.unstable.empty()) {
        // Named in one list ("faces 2, 5 and 6"), singular for one face. A video's faces by track
        // and frame, without commas of their own, so that the list's commas stay readable.
        QStringList names;
        for (const ReportFace* f : outcome.unstable)
            names << (in.evidence.isVideo ? T::tr("track %1 at frame %2 (%3)")
                                                .arg(f->trackId).arg(f->frame).arg(timeText(f->timeSeconds))
                                          : QString::number(f->faceIndex + 1));
        const QString sentence =
            names.size() == 1
                ? (in.evidence.isVideo ? T::tr("the verdict of the face on %1 changes under a small change of the "
                                               "evidence (JPEG re-encoding, downscaling or a one-pixel shift; see the "
                                               "robustness table of its section). Weigh it with caution.")
                                       : T::tr("the verdict of face %1 changes under a small change of the evidence "
                                               "(JPEG re-encoding, downscaling or a one-pixel shift; see the robustness "
                                               "table of its section). Weigh it with caution."))
                : (in.evidence.isVideo ? T::tr("the verdicts of the faces on %1 change under a small change of the "
                                               "evidence (JPEG re-encoding, downscaling or a one-pixel shift; see the "
                                               "robustness tables of their sections). Weigh them with caution.")
                                       : T::tr("the verdicts of faces %1 change under a small change of the evidence "
                                               "(JPEG re-encoding, downscaling or a one-pixel shift; see the robustness "
                                               "tables of their sections). Weigh them with caution."));
        return QStringLiteral("<br><b class=\"fake\">%1</b> %2")
            .arg(esc(T::tr("Unstable:")), esc(sentence.arg(T::listOf(names))));
    }
    return QStringLiteral("<br>") +
           esc(T::tr("Robustness: the verdict of every re-tested face (%n) holds under JPEG re-encoding, "
                     "downscaling and a one-pixel shift.", nullptr, outcome.tested));
}

// Above the findings, so no reader takes them for a description of the file they now hold.
void composeEvidenceWarning(ReportDocument& doc, const ReportInput& in) {
    if (in.evidenceWarning.isEmpty())
        return;
    doc.add(QStringLiteral("<table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\"><tr>"
                           "<td class=\"warningbox\"><b>%1</b></td></tr></table>")
                .arg(esc(in.evidenceWarning)));
}

void composeFindings(ReportDocument& doc, const ReportInput& in) {
    const ReportFace* top = nullptr;
    for (const ReportFace& f : in.faces)
        if (!top || f.fakeProbability > top->fakeProbability)
            top = &f;
    QString body;
    QString boxClass = QStringLiteral("realbox");
    const EvidenceVerdict& v = in.verdict;
    if (!v.scored) {
        body = esc(in.facesScored == 0 ? T::tr("No face was found, so the detector gave no verdict.")
                                       : T::tr("No face track was confirmed, so the detector gave no verdict."));
    } else {
        boxClass = v.fake ? QStringLiteral("verdictbox") : QStringLiteral("realbox");
        body = QStringLiteral("<b>%1</b> %2 &nbsp; %3")
                   .arg(esc(T::tr("Verdict of the detector:")), T::verdictSpan(v.call()),
                        esc(T::tr("(fake score %1, threshold %2)").arg(probability(v.fakeScore))
                                .arg(v.threshold, 0, 'f', 2)));
        body += QStringLiteral("<br>") +
                esc(in.evidence.isVideo
                        ? T::tr("Rule: the video's fake score is the mean of the top 10% of the per-frame highest "
                                "P(fake) over confirmed face tracks (%1 frame(s) took part); the video is fake when "
                                "it reaches the threshold.").arg(v.unitsCounted)
                        : T::tr("Rule: the image's fake score is the highest P(fake) among its %n face(s); the "
                                "image is fake when it reaches the threshold.", nullptr, v.unitsCounted));
        // Few frames: the top decile is one or two frames, so the video's score is theirs alone.
        if (in.evidence.isVideo && topFractionCount(v.unitsCounted) <= 2)
            body += QStringLiteral("<br><i>%1</i>")
                        .arg(esc(T::tr("Caution: only %1 frame(s) with a confirmed face took part, so the fake score "
                                       "rests on the %2 highest of them; analyse a longer stretch, or more of its "
                                       "frames, before relying on the verdict.")
                                     .arg(v.unitsCounted)
                                     .arg(topFractionCount(v.unitsCounted))));
        body += verdictConditions(in);
        body += QStringLiteral("<br>") +
                esc(in.evidence.isVideo
                        ? T::tr("%1 face(s) scored in %2 analysed frame(s); %3 called fake on their own.")
                              .arg(in.facesScored).arg(in.framesAnalysed.size()).arg(in.facesCalledFake)
                        : T::tr("%1 face(s) found; %2 called fake.").arg(in.facesScored).arg(in.facesCalledFake));
        if (top)
            body += QStringLiteral("<br>") +
                    esc(T::tr("Highest P(fake) among the faces with a section: %1, %2.")
                            .arg(probability(top->fakeProbability), faceWhere(in, *top)));
        body += robustnessFinding(in);
    }
    if (!in.caseDetails.conclusion.isEmpty())
        body += QStringLiteral("<br><br><b>%1</b> %2")
                    .arg(esc(T::tr("Examiner's conclusion:")), esc(in.caseDetails.conclusion));
    for (const QString& note : in.notes)
        body += QStringLiteral("<br><i>%1</i>").arg(esc(note));
    doc.add(QStringLiteral("<h2>%1</h2><table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\"><tr>"
                           "<td class=\"%2\">%3</td></tr></table>")
                .arg(esc(T::tr("Findings")), boxClass, body));
}

void composeEvidence(ReportDocument& doc, const ReportInput& in) {
    const EvidenceInfo& e = in.evidence;
    QString rows;
    rows += kvRow(T::tr("File name"), esc(QFileInfo(e.path).fileName()));
    rows += kvRow(T::tr("Full path"), esc(e.path));
    rows += kvRow(T::tr("Size"), esc(fileSize(e.sizeBytes)));
    rows += kvRow(T::tr("SHA-256"), mono(e.sha256));
    rows += kvRow(T::tr("Type"), esc(e.isVideo ? T::tr("video (%1)").arg(e.format) : T::tr("image (%1)").arg(e.format)));
    rows += kvRow(T::tr("Resolution"), esc(T::tr("%1 x %2 pixels").arg(e.width).arg(e.height)));
    if (e.isVideo) {
        rows += kvRow(T::tr("Frame count"), esc(T::tr("%1 (as stated by the container)").arg(e.reportedFrameCount)));
        rows += kvRow(T::tr("Frame rate"), esc(T::tr("%1 frames per second").arg(e.fps, 0, 'f', 3)));
        rows += kvRow(T::tr("Duration"), esc(T::tr("%1\u00a0s").arg(e.durationSeconds, 0, 'f', 2)));
        rows += kvRow(T::tr("Frames analysed"), esc(in.parameters.frameSelection));
    } else {
        rows += kvRow(T::tr("Frames analysed"), esc(T::tr("the whole image")));
    }
    rows += kvRow(T::tr("Metadata"), esc(metadataSummary(e.metadata)));
    doc.add(QStringLiteral("<h2>%1</h2>").arg(esc(T::tr("Evidence"))) + kvTable(rows));
}

void composeModel(ReportDocument& doc, const ReportInput& in) {
    const ModelInfo& m = in.model;
    const ModelCard& c = m.card;
    QString rows;
    rows += kvRow(T::tr("Name"), esc(c.name));
    rows += kvRow(T::tr("Model file"), esc(m.path));
    rows += kvRow(T::tr("SHA-256"), m.sha256.isEmpty() ? esc(T::tr("not available")) : mono(m.sha256));
    if (!c.description.empty())
        rows += kvRow(T::tr("Description"), esc(c.description));
    rows += kvRow(T::tr("Input"), esc(T::tr("%1 x %2 %3, pixel x %4 - mean (%5, %6, %7), / std (%8, %9, %10)")
                                          .arg(c.inputWidth).arg(c.inputHeight)
                                          .arg(c.channelOrder == ChannelOrder::RGB ? "RGB" : "BGR")
                                          .arg(c.scale, 0, 'g', 6).arg(c.mean[0]).arg(c.mean[1]).arg(c.mean[2])
                                          .arg(c.std[0]).arg(c.std[1]).arg(c.std[2])));
    rows += kvRow(T::tr("Output"), esc(QString::fromLatin1(outputKindName(c.output))));
    rows += kvRow(T::tr("Threshold"), esc(T::tr("fake when P(fake) >= %1").arg(c.threshold, 0, 'f', 2)));
    rows += kvRow(T::tr("Face crop"), esc(QString::fromLatin1(cropPolicyName(c.crop))));
    rows += kvRow(T::tr("Device"), esc(m.device));
    // The model's measured error rates, from the record `calibrate` keeps beside the model file
    // (looked up here so that a report of a saved case states them too), or plainly none.
    rows += kvRow(T::tr("Measured error rates"), esc(calibrationStatementForModel(m.path, m.sha256)));
    doc.add(QStringLiteral("<h2>%1</h2>").arg(esc(T::tr("Model"))) + kvTable(rows));
}

void composeFacesTable(ReportDocument& doc, const ReportInput& in) {
    if (in.faces.empty())
        return;
    QString rows = QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
                       .arg(esc(T::tr("Section")), esc(T::tr("Frame (track)")), esc(T::tr("Time")), esc(T::tr("Face box (x, y, w x h)")),
                            esc(T::tr("P(fake)")), esc(T::tr("Verdict")), esc(T::tr("Explained")));
    for (size_t i = 0; i < in.faces.size(); ++i) {
        const ReportFace& f = in.faces[i];
        const cv::Rect2f& b = f.face.box;
        rows += QStringLiteral("<tr><td align=\"center\">%1</td><td align=\"center\">%2</td><td align=\"center\">%3</td>"
                               "<td align=\"center\">%4</td><td align=\"center\">%5</td><td align=\"center\">%6</td>"
                               "<td align=\"center\">%7</td></tr>")
                    .arg(T::tr("Face %1").arg(i + 1))
                    .arg(f.trackId >= 0 ? QStringLiteral("%1 (%2)").arg(f.frame).arg(f.trackId) : QString::number(f.frame))
                    .arg(esc(timeText(f.timeSeconds)))
                    .arg(QStringLiteral("%1, %2, %3 x %4").arg(qRound(b.x)).arg(qRound(b.y)).arg(qRound(b.width)).arg(qRound(b.height)) +
                         (f.face.origin == FaceOrigin::Examiner ? QStringLiteral("<br>") + esc(T::tr("drawn by the examiner"))
                                                                : QString()))
                    .arg(probability(f.fakeProbability),
                         T::verdictSpan(in.model.card.call(f.fakeProbability)) +
                             esc(T::smallFaceNote(in.model.card, f.face.box, in.verdict.smallFacesIncluded)),
                         esc(f.explanation ? T::tr("yes") : T::tr("no")));
    }
    doc.add(QStringLiteral("<h2>%1</h2><p class=\"note\">%2</p>"
                           "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\">%3</table>")
                .arg(esc(T::tr("Faces")), esc(in.parameters.faceSelection), rows));
}

void composeTimeline(ReportDocument& doc, const ReportInput& in) {
    if (!in.evidence.isVideo)
        return;
    std::vector<int> marked;
    for (const ReportFace& f : in.faces)
        marked.push_back(f.frame);
    const bool seconds = in.evidence.fps > 0;
    const QImage chart = timelineChart(in.timeline, in.model.card.threshold, marked, seconds, QSize(kReportBodyWidth, 250));
    doc.add(QStringLiteral("<h2>%1</h2><p class=\"note\">%2</p><p><img src=\"%3\" width=\"%4\" height=\"%5\"></p>")
                .arg(esc(T::tr("Score timeline")),
                     esc(T::tr("P(fake) of every face in each analysed frame: %1.").arg(in.parameters.frameSelection)),
                     doc.addImage(chart))
                .arg(doc.px(kReportBodyWidth))
                .arg(doc.px(250)));

}

// Appendix: the timeline in compact form, one row per face track (a per-frame table of a
// 751-frame video took 18 pages before any finding). Every per-frame score stays in the case.
void composeTrackAppendix(ReportDocument& doc, const ReportInput& in) {
    if (!in.evidence.isVideo || in.timeline.empty())
        return;
    struct Track {
        int first = -1, last = -1, frames = 0, fakeFrames = 0;
        double firstTime = 0, lastTime = 0, sum = 0, max = 0;
    };
    std::map<int, Track> tracks;
    int framesWithoutFace = 0;
    for (const TimelinePoint& t : in.timeline) {
        framesWithoutFace += t.fakeProbabilities.empty() ? 1 : 0;
        for (size_t i = 0; i < t.fakeProbabilities.size(); ++i) {
            const int id = i < t.trackIds.size() ? t.trackIds[i] : -1;
            Track& k = tracks[id];
            const double p = t.fakeProbabilities[i];
            if (k.frames == 0) {
                k.first = t.frame;
                k.firstTime = t.timeSeconds;
            }
            k.last = t.frame;
            k.lastTime = t.timeSeconds;
            ++k.frames;
            k.fakeFrames += p >= in.model.card.threshold ? 1 : 0;
            k.sum += p;
            k.max = std::max(k.max, p);
        }
    }
    QString rows = QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                       .arg(esc(T::tr("Track")), esc(T::tr("Frames (timecode)")), esc(T::tr("Faces scored")),
                            esc(T::tr("Mean P(fake)")), esc(T::tr("Highest P(fake)")), esc(T::tr("Scored fake")));
    for (const auto& [id, k] : tracks) {
        rows += QStringLiteral("<tr><td align=\"center\">%1</td><td align=\"center\">%2</td><td align=\"center\">%3</td>"
                               "<td align=\"center\">%4</td><td align=\"center\">%5</td><td align=\"center\">%6</td></tr>")
                    .arg(id >= 0 ? QString::number(id) : QStringLiteral("-"))
                    .arg(QStringLiteral("%1-%2 (%3-%4)").arg(k.first).arg(k.last).arg(timeText(k.firstTime), timeText(k.lastTime)))
                    .arg(k.frames)
                    .arg(probability(k.sum / std::max(1, k.frames)), probability(k.max))
                    .arg(k.fakeFrames);
    }
    doc.add(QStringLiteral("<h2>%1</h2><p class=\"note\">%2</p>"
                           "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\">%3</table>")
                .arg(esc(T::tr("Appendix: face tracks")),
                     esc(T::tr("%1 analysed frame(s), %2 without a face. Frames are numbered from 0 in decoding "
                               "order; the timecode is frame / frame rate. Every per-frame score is kept in the case "
                               "file (fakelens-cli case show --json).")
                             .arg(in.timeline.size()).arg(framesWithoutFace)),
                     rows));
}

void composeExaminerFindings(ReportDocument& doc, const ReportInput& in) {
    if (in.findings.empty())
        return;
    QString rows = QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                       .arg(esc(T::tr("Status")), esc(T::tr("About")), esc(T::tr("Note")), esc(T::tr("By, when")));
    for (const CaseFinding& f : in.findings) {
        QString about = T::tr("the case");
        if (f.faceIndex >= 0 && f.faceIndex < int(in.faces.size()))
            about = T::tr("face section %1").arg(f.faceIndex + 1);
        else if (f.frame >= 0)
            about = T::tr("frame %1").arg(f.frame);
        rows += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(QString::fromLatin1(findingStatusName(f.status))), esc(about), esc(f.text),
                         esc(f.author + QStringLiteral(", ") + isoTime(f.created)));
    }
    doc.add(QStringLiteral("<h2>%1</h2><table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"2\">%2</table>")
                .arg(esc(T::tr("Examiner's notes and bookmarks")), rows));
}

void composeReadingNotes(ReportDocument& doc, const ReportInput& in) {
    QString body = QStringLiteral("<h2>%1</h2>").arg(esc(T::tr("How to read this report")));
    body += QStringLiteral("<p class=\"note\"><b>%1</b> %2</p>").arg(esc(T::tr("The verdict.")), esc(T::verdictNote()));
    body += QStringLiteral("<p class=\"note\"><b>%1</b> %2</p>").arg(esc(T::tr("The heatmaps.")), esc(T::heatmapNote()));
    QStringList bases;
    bool adversarial = false;
    for (const std::string& m : expandMethodNames(in.parameters.explain.methods)) {
        const MethodName name = parseMethodName(m);
        const QString base = QString::fromStdString(name.base);
        adversarial |= name.adversarial;
        if (!bases.contains(base))
            bases << base;
    }
    QString methods;
    for (const QString& base : bases)
        methods += QStringLiteral("<br>") + esc(T::methodDescription(base));
    if (adversarial)
        methods += QStringLiteral("<br>") + esc(T::methodDescription(QStringLiteral("adversarial")));
    body += QStringLiteral("<p class=\"note\"><b>%1</b>%2</p>").arg(esc(T::tr("The methods.")), methods);
    if (in.parameters.evaluation)
        body += QStringLiteral("<p class=\"note\"><b>%1</b> %2</p>").arg(esc(T::tr("The evaluation.")),
                                                                        esc(T::evaluationNote()));
    body += QStringLiteral("<p><img src=\"%1\" width=\"%3\" height=\"%4\"> <span class=\"caption\">%2</span></p>")
                .arg(doc.addImage(colorScale(400, 20)), esc(T::tr("heatmap colours: low (blue) to high (red) importance for \"fake\"")))
                .arg(doc.px(200))
                .arg(doc.px(10));
    doc.add(body);
}

} // namespace

ReportDocument composeReport(const ReportInput& input, double pixelsPerInch, ProgressReporter progress,
                             CancelToken cancel) {
    ReportDocument doc(pixelsPerInch);
    composeTitle(doc, input);
    composeEvidenceWarning(doc, input);
    composeFindings(doc, input);
    composeExaminerFindings(doc, input);
    composeEvidence(doc, input);
    composeModel(doc, input);
    composeFacesTable(doc, input);
    composeTimeline(doc, input);
    composeReadingNotes(doc, input);
    for (size_t i = 0; i < input.faces.size(); ++i) {
        cancel.throwIfCancelled();
        progress.report(double(i) / std::max<size_t>(1, input.faces.size()), "figures");
        composeFaceSection(doc, input, input.faces[i], int(i) + 1);
    }
    composeParameters(doc, input);
    composeTrackAppendix(doc, input);
    composeMetadataAppendix(doc, input);
    progress.report(1.0, "figures");
    return doc;
}

} // namespace fakelens
