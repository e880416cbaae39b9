#pragma once

#include "session/FrameAnalysis.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;

namespace fakelens::ui {

// The faces of the shown frame: the crop the detector saw, its P(fake) and the verdict.
// Selecting a row emits faceSelected; setSelectedFace mirrors a selection made elsewhere
// without echoing it back.
class FaceListPanel : public QWidget {
    Q_OBJECT

public:
    explicit FaceListPanel(QWidget* parent = nullptr);

    // `smallFacesKept`: the verdict keeps faces too small to judge (AppSettings::includeSmallFaces).
    // `unstableFaceIds`: faces whose verdict a robustness re-test (this session's or the case's)
    // changed: flagged UNSTABLE, as page 1 of the report flags them.
    void setFaces(const FrameAnalysis& frame, bool smallFacesKept = false, const QSet<int>& unstableFaceIds = {});
    void clearFaces(const QString& reason);
    void setSelectedFace(int index);
    int count() const;
    int selectedFace() const;
    QListWidget* list() const { return list_; }

Q_SIGNALS:
    void faceSelected(int index);

private:
    QListWidget* list_;
    QLabel* summary_;
    bool updating_ = false;
};

} // namespace fakelens::ui
