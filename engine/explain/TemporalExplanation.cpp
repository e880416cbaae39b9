#include "explain/TemporalExplanation.h"

#include "core/Error.h"
#include "core/SeededRng.h"
#include "explain/ExplainerRegistry.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace fakelens {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void validate(const TemporalRequest& r) {
    auto fail = [](const std::string& what) { throw Error(ErrorCode::InvalidArgument, "temporal explanation", what); };
    if (r.trackId < 1)
        fail("track IDs start at 1");
    if (r.windowStart < 0 || r.windowStep < 1)
        fail("the window needs a start >= 0 and a step >= 1");
    if (r.windowEnd >= 0 && r.windowEnd <= r.windowStart)
        fail("the window's end must be after its start");
    if (r.windowStart < r.scan.start)
        fail("the window starts before the scan that numbered the tracks");
    if (r.explain.methods.empty())
        fail("no explanation method given");
}

// Why a window gave no frame to explain, with what the examiner needs to pick another.
std::string noFrameExplained(const TemporalRequest& r, int windowFrames, const std::set<int>& tracks,
                             const TemporalReport& report, int videoFrames) {
    if (windowFrames == 0)
        return "no analysed frame falls in the window (the video has " + std::to_string(videoFrames) + " frame(s))";
    if (!report.framesCalledReal.empty())
        return "track " + std::to_string(r.trackId) + " is called real on every window frame where it has a face (" +
               std::to_string(report.framesCalledReal.size()) +
               "), and the _adv methods explain only a face called fake; add a classic method or pick another window";
    std::string seen;
    for (int id : tracks)
        seen += (seen.empty() ? "" : ", ") + std::to_string(id);
    return "track " + std::to_string(r.trackId) + " has no face in the window (" +
           (seen.empty() ? std::string("no face there at all") : "tracks there: " + seen) + ")";
}

} // namespace

double pearsonCorrelation(const cv::Mat& a, const cv::Mat& b) {
    if (a.size() != b.size() || a.type() != b.type() || a.channels() != 1 || a.empty())
        throw Error(ErrorCode::InvalidArgument, "pearson correlation", "needs two single-channel maps of one size and type");
    cv::Mat fa, fb;
    a.convertTo(fa, CV_64F);
    b.convertTo(fb, CV_64F);
    const double ma = cv::mean(fa)[0], mb = cv::mean(fb)[0];
    fa -= ma;
    fb -= mb;
    const double saa = fa.dot(fa), sbb = fb.dot(fb);
    // Relative test: a map of one value up to rounding has no direction to correlate.
    if (saa <= 1e-24 * std::max(1.0, ma * ma) * double(fa.total()) ||
        sbb <= 1e-24 * std::max(1.0, mb * mb) * double(fb.total()))
        return kNaN;
    return std::clamp(fa.dot(fb) / std::sqrt(saa * sbb), -1.0, 1.0);
}

TemporalReport explainTrack(const std::string& videoPath, Detector& detector, const FaceDetector& faceDetector,
                            const TemporalRequest& request, const TemporalFrameCallback& onFrame,
                            ProgressReporter progress, CancelToken cancel) {
    validate(request);
    VideoScanOptions scan = request.scan;
    if (request.windowEnd >= 0)
        scan.end = scan.end >= 0 ? std::min(scan.end, request.windowEnd) : request.windowEnd;
    if (scan.end >= 0 && scan.end <= request.windowStart)
        throw Error(ErrorCode::InvalidArgument, "temporal explanation", "the window lies after the scan's end");
    VideoScanner scanner(videoPath, detector, &faceDetector, scan);

    // Progress: by window frames when the window is closed, else by the container's count.
    const int windowEnd = scan.end >= 0 ? scan.end : std::max(request.windowStart + 1, scanner.info().reportedFrameCount);
    const double planned = std::max(1, (windowEnd - request.windowStart + request.windowStep - 1) / request.windowStep);

    TemporalReport report;
    report.trackId = request.trackId;
    // Expanded as explainFace expands them ("all" -> every method this detector can run), so each row is a method
    // and not the literal "all", whose saliency was never found (NaN before issue 15).
    const std::vector<std::string> methods = expandMethodNames(request.explain.methods, detector.supportsGradients());
    // Per method, its last explained frame and that frame's saliency: an _adv method skips the
    // frames called real, so its pairs are not the classic methods' pairs.
    struct LastMap {
        int frame = -1;
        cv::Mat saliency;
    };
    std::map<std::string, LastMap> previous;
    std::set<int> tracksInWindow; // for the message when the asked track is not there
    for (const std::string& m : methods) {
        MethodConsistency c;
        c.method = m;
        report.methods.push_back(c);
    }
    int windowFrames = 0;

    auto onScanned = [&](const ScannedFrame& frame) {
        if (frame.index < request.windowStart || (frame.index - request.windowStart) % request.windowStep != 0)
            return;
        ++windowFrames;
        for (const ScannedFace& f : frame.faces)
            tracksInWindow.insert(f.trackId);
        const auto face = std::find_if(frame.faces.begin(), frame.faces.end(),
                                       [&](const ScannedFace& f) { return f.trackId == request.trackId; });
        if (face == frame.faces.end()) {
            ++report.windowFramesWithoutTrack;
            return;
        }
        ExplainRequest single = request.explain;
        if (!request.sameSeedEveryFrame)
            single.seed = SeededRng::derive(request.explain.seed, std::uint64_t(frame.index));
        // An _adv method explains only a face called fake (explainFace refuses the others): on a
        // frame where the track is called real only the classic forms run, and the _adv rows
        // skip that frame (no consistency pair across it).
        if (!detector.card().isFake(face->fakeProbability)) {
            report.framesCalledReal.push_back(frame.index);
            single.methods.clear();
            for (const std::string& m : methods)
                if (!parseMethodName(m).adversarial)
                    single.methods.push_back(m);
            for (const std::string& m : methods)
                if (parseMethodName(m).adversarial)
                    previous.erase(m);
            if (single.methods.empty())
                return; // only _adv methods asked: nothing to explain on this frame
        }
        const double done = windowFrames - 1;
        const ExplainReport explained = explainFace(detector, face->crop.image, single,
                                                    progress.sub(done / planned, std::min(1.0, (done + 1) / planned)), cancel);
        TemporalFrame tf;
        tf.frame = frame.index;
        tf.fakeProbability = face->fakeProbability;
        tf.detected = face->detected;
        tf.segments = explained.segments.count;
        report.frames.push_back(tf);
        if (explained.adversarial)
            report.nesSeconds += explained.adversarial->seconds;
        for (MethodConsistency& c : report.methods) {
            const auto e = std::find_if(explained.explanations.begin(), explained.explanations.end(),
                                        [&](const Explanation& x) { return x.method == c.method; });
            if (e == explained.explanations.end())
                continue;
            c.seconds += e->seconds;
            c.inferences += e->inferences;
            ++c.framesExplained;
            LastMap& last = previous[c.method];
            if (!last.saliency.empty()) {
                c.pairFrames.push_back(last.frame);
                c.pairSecondFrames.push_back(frame.index);
                c.pairCorrelations.push_back(pearsonCorrelation(last.saliency, e->saliency));
            }
            last.frame = frame.index;
            last.saliency = e->saliency.clone();
        }
        if (onFrame)
            onFrame(tf, explained);
    };
    // The scan itself is cheap next to the explanations; its progress is not reported.
    while (scanner.advance(64, onScanned, {}, cancel)) {
    }
    if (report.frames.empty())
        throw Error(ErrorCode::InvalidArgument, videoPath, noFrameExplained(request, windowFrames, tracksInWindow,
                                                                            report, scanner.info().reportedFrameCount));
    for (MethodConsistency& c : report.methods) {
        double sum = 0;
        int n = 0;
        for (double r : c.pairCorrelations)
            if (!std::isnan(r)) {
                sum += r;
                ++n;
            }
        c.consistency = n > 0 ? sum / n : kNaN;
    }
    progress.report(1.0, "temporal");
    return report;
}

} // namespace fakelens
