// fakelens-cli case: read a case file (show) and add the examiner's words to it (note,
// conclude). Nothing here loads a detector.
#include "CliSupport.h"
#include "Commands.h"
#include "RobustnessOutput.h"

#include "case/CaseFile.h"
#include "case/EvidenceCheck.h"
#include "core/JsonNumber.h"
#include "core/Timecode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>

namespace cli {

namespace {

QJsonObject faceJson(const fakelens::ReportFace& f, int section, const fakelens::ModelCard& card) {
    QJsonObject o;
    o["section"] = section;
    o["frame"] = f.frame;
    o["timecode"] = QString::fromStdString(fakelens::timecode(f.timeSeconds));
    o["track"] = f.trackId;
    o["face"] = f.faceIndex;
    o["box"] = QJsonArray{qRound(f.face.box.x), qRound(f.face.box.y), qRound(f.face.box.width),
                          qRound(f.face.box.height)};
    o["fake_probability"] = f.fakeProbability;
    o["verdict"] = fakelens::faceCallName(card.call(f.fakeProbability));
    o["too_small"] = card.tooSmallToJudge(fakelens::faceBoxSide(f.face.box));
    o["origin"] = fakelens::faceOriginName(f.face.origin); // "examiner": drawn by hand
    if (f.robustness) // the re-test kept with the face (case schema 5)
        o["robustness"] = robustnessToJson(*f.robustness);
    if (!f.explanation) {
        o["not_explained"] = f.notExplainedReason;
        return o;
    }
    QJsonArray methods;
    for (const fakelens::Explanation& e : f.explanation->explanations) {
        QJsonArray top;
        for (size_t i = 0; i < e.ranking.size() && i < 5; ++i)
            top.append(e.ranking[i]);
        methods.append(QJsonObject{{"method", QString::fromStdString(e.method)},
                                   {"top_segments", top},
                                   {"inferences", double(e.inferences)}});
    }
    o["explanations"] = methods;
    if (f.evaluation) {
        QJsonArray evaluated;
        for (const fakelens::MethodEvaluation& m : f.evaluation->methods) {
            QJsonArray after;
            for (const fakelens::AttackOutcome& a : m.attacks)
                after.append(fakelens::jsonNumberOrNull(a.fakeProbabilityAfter));
            evaluated.append(QJsonObject{{"method", QString::fromStdString(m.method)},
                                         {"fake_probability_after_top_k", after}});
        }
        o["evaluation"] = evaluated;
    }
    return o;
}

QJsonObject caseJson(const fakelens::CaseFile& file, const fakelens::ReportInput& in, const QString& check) {
    QJsonObject root;
    root["case_file"] = file.path();
    root["schema_version"] = file.schemaVersion();
    root["case_id"] = in.caseDetails.caseId;
    root["examiner"] = in.caseDetails.examiner;
    root["analysed"] = in.caseDetails.analysed.toUTC().toString(Qt::ISODate);
    root["conclusion"] = in.caseDetails.conclusion;
    QJsonArray metadata;
    for (const fakelens::MetadataEntry& m : in.evidence.metadata.entries)
        metadata.append(QJsonObject{{"group", m.group}, {"key", m.key}, {"value", m.value}});
    root["evidence"] = QJsonObject{{"path", in.evidence.path},
                                   {"sha256", in.evidence.sha256},
                                   {"type", in.evidence.isVideo ? "video" : "image"},
                                   {"check", check},
                                   {"metadata", metadata},
                                   {"metadata_problem", in.evidence.metadata.problem}};
    root["model"] = QJsonObject{{"name", QString::fromStdString(in.model.card.name)},
                                {"path", in.model.path},
                                {"sha256", in.model.sha256}};
    addVerdictJson(root, in.verdict);
    root["frames_analysed"] = int(in.framesAnalysed.size());
    root["faces_scored"] = in.facesScored;
    QJsonArray methods;
    for (const std::string& m : in.parameters.explain.methods)
        methods.append(QString::fromStdString(m));
    root["methods"] = methods;
    root["seed"] = QString::number(in.parameters.explain.seed);
    QJsonArray faces;
    for (size_t i = 0; i < in.faces.size(); ++i)
        faces.append(faceJson(in.faces[i], int(i) + 1, in.model.card));
    root["faces"] = faces;
    QJsonArray timeline;
    for (const fakelens::TimelinePoint& t : in.timeline) {
        QJsonArray scores, tracks;
        for (double p : t.fakeProbabilities)
            scores.append(p);
        for (int id : t.trackIds)
            tracks.append(id);
        timeline.append(QJsonObject{{"frame", t.frame},
                                    {"timecode", QString::fromStdString(fakelens::timecode(t.timeSeconds))},
                                    {"fake_probability", scores},
                                    {"track", tracks}});
    }
    root["timeline"] = timeline;
    QJsonArray findings;
    for (const fakelens::CaseFinding& f : in.findings)
        findings.append(QJsonObject{{"id", double(f.id)},
                                    {"status", QString::fromLatin1(fakelens::findingStatusName(f.status))},
                                    {"face_section", f.faceIndex >= 0 ? QJsonValue(f.faceIndex + 1) : QJsonValue()},
                                    {"frame", f.frame >= 0 ? QJsonValue(f.frame) : QJsonValue()},
                                    {"text", f.text},
                                    {"author", f.author},
                                    {"created", f.created.toUTC().toString(Qt::ISODate)}});
    root["findings"] = findings;
    QJsonArray audit;
    for (const fakelens::AuditEntry& a : file.audit())
        audit.append(QJsonObject{{"at", a.at},
                                 {"who", a.who},
                                 {"action", a.action},
                                 {"detail", a.detail},
                                 {"fakelens_version", a.fakelensVersion}});
    root["audit"] = audit;
    return root;
}

// `in` is what `c` was made from: a face's robustness line is detect's (robustnessLine()).
QStringList caseText(const QJsonObject& c, const fakelens::ReportInput& in) {
    QStringList lines;
    const auto given = [](const QString& text) { return text.isEmpty() ? QStringLiteral("(not given)") : text; };
    lines << QStringLiteral("case %1 (examiner %2), analysed %3")
                 .arg(given(c["case_id"].toString()), given(c["examiner"].toString()), c["analysed"].toString());
    const bool video = in.evidence.isVideo;
    const QJsonObject e = c["evidence"].toObject();
    lines << QStringLiteral("evidence %1  sha256 %2  check: %3")
                 .arg(e["path"].toString(), e["sha256"].toString(), e["check"].toString());
    for (const QJsonValue& v : e["metadata"].toArray())
        lines << QStringLiteral("  metadata %1  %2: %3")
                     .arg(v["group"].toString(), v["key"].toString(), v["value"].toString());
    if (!e["metadata_problem"].toString().isEmpty())
        lines << QStringLiteral("  metadata not fully read: %1").arg(e["metadata_problem"].toString());
    lines << QStringLiteral("model %1  sha256 %2").arg(c["model"].toObject()["name"].toString(),
                                                        c["model"].toObject()["sha256"].toString());
    lines << QStringLiteral("verdict %1  fake score %2  (%3)")
                 .arg(c["verdict"].isNull() ? QStringLiteral("none") : c["verdict"].toString().toUpper())
                 .arg(c["fake_score"].isNull() ? QStringLiteral("-") : QString::number(c["fake_score"].toDouble(), 'f', 4))
                 .arg(c["verdict_rule"].toString());
    lines << QStringLiteral("%1 frame(s) analysed, %2 face(s) scored").arg(c["frames_analysed"].toInt())
                 .arg(c["faces_scored"].toInt());
    const QJsonArray faces = c["faces"].toArray();
    for (int i = 0; i < faces.size(); ++i) {
        const QJsonObject f = faces[i].toObject();
        QStringList methods;
        for (const QJsonValue& m : f["explanations"].toArray())
            methods << m.toObject()["method"].toString();
        // An image has one frame and no tracks; on both, the box (as detect prints it) tells
        // apart faces of one frame, which P(fake) alone does not.
        const QString where = video ? QStringLiteral("  frame %1 (%2)  track %3")
                                          .arg(f["frame"].toInt()).arg(f["timecode"].toString()).arg(f["track"].toInt())
                                    : QString();
        const QJsonArray box = f["box"].toArray();
        lines << QStringLiteral("  face section %1%2  box %3,%4 %5x%6  P(fake) %7  %8  %9")
                     .arg(f["section"].toInt()).arg(where)
                     .arg(box[0].toInt()).arg(box[1].toInt()).arg(box[2].toInt()).arg(box[3].toInt())
                     .arg(f["fake_probability"].toDouble(), 0, 'f', 4)
                     .arg(f["verdict"].toString().toUpper() +
                          (f["origin"].toString() == QLatin1String("examiner") ? QStringLiteral(" (drawn by the examiner)")
                                                                               : QString()))
                     .arg(methods.isEmpty() ? f["not_explained"].toString() : methods.join(QLatin1Char(' ')));
        if (const auto& robustness = in.faces[size_t(i)].robustness)
            lines << robustnessLine(*robustness);
    }
    if (c.contains("conclusion") && !c["conclusion"].toString().isEmpty())
        lines << QStringLiteral("conclusion: %1").arg(c["conclusion"].toString());
    for (const QJsonValue& v : c["findings"].toArray()) {
        const QJsonObject f = v.toObject();
        QStringList about;
        if (!f["face_section"].isNull())
            about << QStringLiteral("face %1").arg(f["face_section"].toInt());
        if (!f["frame"].isNull())
            about << QStringLiteral("frame %1").arg(f["frame"].toInt());
        lines << QStringLiteral("  note %1 [%2] %3%4 (%5, %6)")
                     .arg(f["id"].toInt())
                     .arg(f["status"].toString(), about.isEmpty() ? QString() : about.join(QStringLiteral(", ")) + ": ",
                          f["text"].toString(), f["author"].toString(), f["created"].toString());
    }
    lines << QStringLiteral("audit trail:");
    for (const QJsonValue& v : c["audit"].toArray()) {
        const QJsonObject a = v.toObject();
        lines << QStringLiteral("  %1  %2  %3  %4  (FakeLens %5)").arg(a["at"].toString(), a["who"].toString(),
                                                                      a["action"].toString(), a["detail"].toString(),
                                                                      a["fakelens_version"].toString());
    }
    return lines;
}

int showCase(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Print a case: evidence and its check against the stored hash, model, "
                                              "verdict, faces, methods, notes and the audit trail."));
    parser.addHelpOption();
    parser.addPositionalArgument("FILE", Text::tr("The case file (opened read-only)."));
    parser.addOption({"json", Text::tr("Print one JSON document on stdout, with every per-frame score.")});
    if (!parseOrExplain(parser, arguments))
        return kUsage;
    if (parser.positionalArguments().size() != 1) {
        printError(Text::tr("case show: give exactly one case FILE"));
        return kUsage;
    }
    try {
        const std::unique_ptr<fakelens::CaseFile> file = fakelens::CaseFile::open(parser.positionalArguments().first(), true);
        if (!file->hasAnalysis()) {
            printError(Text::tr("%1: the case holds no analysis yet").arg(file->path()));
            return kInputFailed;
        }
        const fakelens::ReportInput input = file->loadAnalysis();
        const QJsonObject json = caseJson(*file, input, fakelens::evidenceCheck(input.evidence));
        if (parser.isSet("json"))
            printLine(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
        else
            printLine(caseText(json, input).join(QLatin1Char('\n')));
        return kOk;
    } catch (const fakelens::Error& e) {
        printError(e);
        return kInputFailed;
    }
}

// A note about a face or frame the analysis does not have would be printed in the report as about
// "the case" or about a frame nobody looked at: refused, naming what the case has. So is a note
// whose --frame is not its --face section's frame: the report would show it beside a frame the
// note is not about.
void checkNoteTarget(const fakelens::CaseFinding& finding, const fakelens::ReportInput& analysis) {
    const int faces = int(analysis.faces.size());
    if (finding.faceIndex >= faces)
        throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--face",
                              faces == 0   ? std::string("the case's analysis has no face section")
                              : faces == 1 ? std::string("the case's analysis has one face section (--face 1)")
                                           : QStringLiteral("the case's analysis has faces 1 to %1").arg(faces).toStdString());
    if (finding.frame < 0)
        return;
    if (!analysis.evidence.isVideo) {
        if (finding.frame != 0)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--frame",
                                  "the evidence is an image: it has frame 0 only");
        return;
    }
    if (finding.faceIndex >= 0) {
        const int own = analysis.faces[size_t(finding.faceIndex)].frame;
        if (finding.frame != own)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--frame",
                                  QStringLiteral("face section %1 is on frame %2: give --frame %2, or leave --frame out")
                                      .arg(finding.faceIndex + 1)
                                      .arg(own)
                                      .toStdString());
    }
    // Only a frame the analysis looked at: its scores are in the case (case show --json's timeline).
    const std::vector<int>& analysed = analysis.framesAnalysed;
    if (std::find(analysed.begin(), analysed.end(), finding.frame) != analysed.end())
        return;
    if (analysed.empty())
        throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--frame",
                              "the case's analysis has no analysed frame");
    const auto [first, last] = std::minmax_element(analysed.begin(), analysed.end());
    throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--frame",
                          QStringLiteral("frame %1 was not analysed: the case's analysis has %2 frame(s), %3 to %4 "
                                         "(case show --json lists them)")
                              .arg(finding.frame)
                              .arg(analysed.size())
                              .arg(*first)
                              .arg(*last)
                              .toStdString());
}

int noteCase(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Add a note or bookmark to a case (kept in its audit trail), or set "
                                              "the examiner's conclusion with --conclusion."));
    parser.addHelpOption();
    parser.addPositionalArgument("FILE", Text::tr("The case file."));
    parser.addOption({"text", Text::tr("The note."), "TEXT"});
    parser.addOption({"status", Text::tr("ok, \"to check\" or warning (default \"to check\")."), "STATUS", "to check"});
    parser.addOption({"face", Text::tr("The face section the note is about (1, 2, ...)."), "N"});
    parser.addOption({"frame",
                      Text::tr("The video frame the note is about (0-based): one the analysis looked at; with "
                               "--face, that face section's frame."),
                      "N"});
    parser.addOption({"conclusion",
                      Text::tr("Set the examiner's conclusion printed on page 1 instead; an empty TEXT (\"\") clears "
                               "it."),
                      "TEXT"});
    parser.addOption({"examiner", Text::tr("Who writes (default: the login name)."), "NAME"});
    if (!parseOrExplain(parser, arguments))
        return kUsage;
    if (parser.positionalArguments().size() != 1 || (parser.isSet("text") == parser.isSet("conclusion"))) {
        printError(Text::tr("case note: give one case FILE and either --text or --conclusion"));
        return kUsage;
    }
    const QString who = fakelens::auditSigner(parser.value("examiner"));
    try {
        const std::unique_ptr<fakelens::CaseFile> file = fakelens::CaseFile::open(parser.positionalArguments().first(), false);
        if (parser.isSet("conclusion")) {
            // Clearing is allowed (a conclusion written too early), but said, never silent.
            const QString conclusion = parser.value("conclusion").trimmed();
            const fakelens::CaseDetails d = file->caseDetails();
            file->setCaseDetails(d.caseId, d.examiner, conclusion, who);
            printLine(conclusion.isEmpty() ? Text::tr("conclusion cleared") : Text::tr("conclusion saved"));
            return kOk;
        }
        fakelens::CaseFinding finding;
        if (!fakelens::parseFindingStatus(parser.value("status"), finding.status))
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--status",
                                  "must be ok, \"to check\" or warning");
        finding.text = parser.value("text").trimmed();
        if (finding.text.isEmpty())
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--text", "the note has no text");
        finding.author = who;
        finding.created = QDateTime::currentDateTimeUtc();
        if (parser.isSet("face"))
            finding.faceIndex = intOption(parser, "face", 1, 100000) - 1;
        if (parser.isSet("frame"))
            finding.frame = intOption(parser, "frame", 0, 100000000);
        if (file->hasAnalysis())
            checkNoteTarget(finding, file->loadAnalysis());
        const qint64 id = file->addFinding(finding, who);
        printLine(Text::tr("note %1 added").arg(id));
        return kOk;
    } catch (const fakelens::Error& e) {
        printError(e);
        return e.code() == fakelens::ErrorCode::InvalidArgument ? kUsage : kInputFailed;
    }
}

} // namespace

int runCase(const QStringList& arguments) {
    const QString action = arguments.size() > 1 ? arguments[1] : QString();
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + QLatin1Char(' ') + action);
    if (action == QLatin1String("show"))
        return showCase(rest);
    if (action == QLatin1String("note"))
        return noteCase(rest);
    // Asked for, the actions are help (stdout, exit 0); missing or unknown, a usage error.
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action == QLatin1String("help")) {
        printLine(Text::tr("Usage: fakelens-cli case ACTION FILE [options]\n\n"
                           "Read a case file, or add the examiner's words to it. Actions:\n"
                           "  show FILE [--json]   print the case: evidence and its check, model, verdict, faces,\n"
                           "                       methods, conclusion, notes and the audit trail\n"
                           "  note FILE --text TEXT [--status ok|\"to check\"|warning] [--face N] [--frame N]\n"
                           "                       add a note or bookmark\n"
                           "  note FILE --conclusion TEXT\n"
                           "                       set the conclusion (an empty TEXT clears it)\n\n"
                           "fakelens-cli case ACTION --help shows the options of an action."));
        return kOk;
    }
    printError(Text::tr("case: give an action: show FILE [--json], or note FILE --text TEXT [--status S] "
                        "[--face N] [--frame N], or note FILE --conclusion TEXT (fakelens-cli case --help)"));
    return kUsage;
}

} // namespace cli
