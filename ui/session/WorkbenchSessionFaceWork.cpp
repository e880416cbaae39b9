// WorkbenchSession's work on the selected face: explaining, evaluating and re-testing it, and
// the results kept for each face (ResultMemory) so that coming back to a face, or opening a
// case, shows them without a job. Kept apart from WorkbenchSession.cpp, which opens evidence,
// loads models and analyses frames.
#include "session/WorkbenchSession.h"

#include "ImageConversion.h"
#include "evaluate/EvaluationController.h"
#include "session/ExplanationController.h"
#include "session/RobustnessController.h"

namespace fakelens::ui {

const AnalysedFace* WorkbenchSession::faceOf(int frameIndex, int faceId) const {
    if (!frame_.scored || frame_.frameIndex != frameIndex)
        return nullptr;
    for (const AnalysedFace& f : frame_.faces)
        if (f.id == faceId)
            return &f;
    return nullptr;
}

void WorkbenchSession::rememberExplanation() {
    const ExplanationSubject& subject = explanations_->subject();
    const AnalysedFace* face = faceOf(subject.frameIndex, subject.faceId);
    if (!face || !explanations_->report())
        return; // a restored one is already kept; a stale one is of no shown face
    results_.remember(RememberedExplanation{face->box, explanations_->report(), subject, explanations_->request()});
}

void WorkbenchSession::rememberEvaluation() {
    const EvaluationSubject& subject = evaluations_->subject();
    const AnalysedFace* face = faceOf(subject.frameIndex, subject.faceId);
    if (!face || !evaluations_->result())
        return;
    results_.remember(RememberedEvaluation{face->box, evaluations_->result(), subject});
}

void WorkbenchSession::rememberRobustness() {
    const RobustnessRequest& request = robustness_->request();
    const AnalysedFace* face = faceOf(request.frameIndex, request.faceId);
    if (!face || !robustness_->result())
        return;
    results_.remember(RememberedRobustness{face->box, robustness_->result(), request});
}

bool WorkbenchSession::showRememberedResults() {
    const AnalysedFace* face = selectedFaceData();
    if (!face || !frame_.scored)
        return false;
    const int frame = frame_.frameIndex;
    bool shown = false;
    // What already shows this face (a re-analysis of the same frame) is left alone.
    const ExplanationSubject& shownExplanation = explanations_->subject();
    const bool explanationShown = explanations_->isPending() ||
                                  (explanations_->report() && shownExplanation.frameIndex == frame &&
                                   shownExplanation.faceId == face->id);
    if (!explanationShown)
        if (const RememberedExplanation* e = results_.explanation(frame, face->id, face->box, settings_.method)) {
            explanations_->restore(e->report, e->subject, e->request);
            shown = true;
        }
    const EvaluationSubject& shownEvaluation = evaluations_->subject();
    const bool evaluationShown =
        evaluations_->isPending() ||
        (evaluations_->result() && shownEvaluation.frameIndex == frame && shownEvaluation.faceId == face->id);
    if (!evaluationShown)
        if (const RememberedEvaluation* e = results_.evaluation(frame, face->id, face->box)) {
            evaluations_->restore(e->result, e->subject);
            shown = true;
        }
    return shown;
}

const AnalysedFace* WorkbenchSession::selectedFaceData() const {
    if (selectedFace_ < 0 || selectedFace_ >= int(frame_.faces.size()))
        return nullptr;
    return &frame_.faces[size_t(selectedFace_)];
}

void WorkbenchSession::explainSelectedFace(const QString& baseMethod) {
    const AnalysedFace* face = selectedFaceData();
    if (!face) {
        if (!media_)
            emit errorOccurred(tr("Open an image or a video first."));
        else if (frame_.scored && frame_.faces.empty()) // nothing to select: say what helps
            emit errorOccurred(tr("No face was found in this frame. Draw one with Analyse › Draw face box "
                                  "(Ctrl+Shift+F), then explain it."));
        else
            emit errorOccurred(tr("Select a face to explain first."));
        return;
    }
    settings_.method = baseMethod;
    ExplanationSubject subject;
    subject.method = baseMethod;
    subject.frameIndex = frame_.frameIndex;
    subject.inVideo = media_ && media_->isVideo;
    subject.faceId = face->id;
    subject.threshold = model_ ? model_->threshold : 0.5;
    ExplainRequest request = settings_.explainRequest(baseMethod);
    if (face->fakeProbability < subject.threshold) {
        // The engine refuses an _adv explanation of a face below the threshold (an inconclusive
        // face at or above it has an adversarial sample to fill from): run the classic form
        // alone and show why the adversarial half stays empty.
        request.methods = {baseMethod.toStdString()};
        subject.adversarialRefused =
            tr("%1_adv is not available for this face: %2")
                .arg(baseMethod, QString::fromStdString(adversarialRefusal(face->fakeProbability, subject.threshold)));
    }
    if (const RememberedExplanation* kept =
            results_.explanation(subject.frameIndex, face->id, face->box, baseMethod, &request)) {
        explanations_->restore(kept->report, kept->subject, kept->request); // minutes saved, same answer
        return;
    }
    explanations_->explain(resources_, face->crop, request, subject);
}

void WorkbenchSession::evaluateSelectedFace(const QStringList& methods, bool randomBaseline) {
    const AnalysedFace* face = selectedFaceData();
    if (!face) {
        emit errorOccurred(media_ ? tr("Select a face to evaluate first.") : tr("Open an image or a video first."));
        return;
    }
    if (methods.isEmpty() && !randomBaseline) {
        emit errorOccurred(tr("Pick at least one method to evaluate."));
        return;
    }
    settings_.evaluationMethods = methods;
    settings_.evaluationRandomBaseline = randomBaseline;
    EvaluationSubject subject;
    subject.frameIndex = frame_.frameIndex;
    subject.inVideo = media_ && media_->isVideo;
    subject.faceId = face->id;
    subject.threshold = model_ ? model_->threshold : 0.5;
    subject.methods = methods;
    subject.settings = settings_.evaluationSettings();
    subject.settings.randomBaseline = randomBaseline;
    evaluations_->evaluate(resources_, face->crop, subject);
}

void WorkbenchSession::testSelectedFaceRobustness() {
    const AnalysedFace* face = selectedFaceData();
    if (!face) {
        emit errorOccurred(media_ ? tr("Select a face to test first.") : tr("Open an image or a video first."));
        return;
    }
    RobustnessRequest request;
    request.frameIndex = frame_.frameIndex;
    request.inVideo = media_ && media_->isVideo;
    request.faceId = face->id;
    // The same face re-tested with the same model gives the same numbers: show those kept (this
    // session's, or a case's) at once, without converting the frame for a job that will not run.
    if (const RememberedRobustness* kept = results_.robustness(request.frameIndex, face->id, face->box)) {
        robustness_->restore(kept->result, request);
        return;
    }
    RobustnessSubject subject;
    subject.frameRgb = toRgbMat(frame_.frame);
    subject.face = face->detected;
    subject.wholeFrame = face->wholeFrame;
    subject.originalFakeProbability = face->fakeProbability; // the score the face list shows
    robustness_->test(resources_, std::move(subject), request);
}

} // namespace fakelens::ui
