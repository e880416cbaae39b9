// Appendix: the evidence file's own metadata (EXIF/XMP/IPTC, container and streams), as the
// file states it. Metadata is easy to forge and is shown as a statement of the file, never as a
// finding of FakeLens.
#include "report/ReportComposer.h"

#include "report/ReportHtml.h"
#include "report/ReportStrings.h"

namespace fakelens {

using namespace html;
using T = ReportText;

QString metadataSummary(const EvidenceMetadata& metadata) {
    QString text = T::tr("%n item(s), listed in the appendix \"Evidence metadata\"", nullptr,
                         int(metadata.entries.size()));
    if (metadata.entries.empty())
        text = T::tr("none in the file");
    if (!metadata.problem.isEmpty())
        text += QStringLiteral("; ") + T::tr("not fully read: %1").arg(metadata.problem);
    return text;
}

void composeMetadataAppendix(ReportDocument& doc, const ReportInput& input) {
    const EvidenceMetadata& m = input.evidence.metadata;
    if (m.entries.empty())
        return;
    QString rows = QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                       .arg(esc(T::tr("Group")), esc(T::tr("Key")), esc(T::tr("Value")));
    for (const MetadataEntry& e : m.entries)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(esc(e.group), esc(e.key), esc(e.value));
    doc.add(QStringLiteral("<h2>%1</h2><p class=\"note\">%2</p>"
                           "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\">%3</table>")
                .arg(esc(T::tr("Appendix: evidence metadata")),
                     esc(T::tr("As stated by the file (read with exiv2 for images and FFmpeg's libavformat for "
                               "videos). Metadata can be edited without trace: it is what the file says about itself, "
                               "not a finding.")),
                     rows));
}

} // namespace fakelens
