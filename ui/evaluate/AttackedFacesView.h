#pragma once

#include "evaluate/FaceEvaluator.h"
#include "models/ModelCard.h"

#include <QImage>
#include <QMap>
#include <QWidget>

#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;

namespace fakelens::ui {

// The attacked faces of one method of an evaluation: for its classic and its _adv form (or the
// RANDOM baseline), one thumbnail per k = 1..K of the face after the top-k attack, with the k
// attacked segments outlined and the detector's answer underneath. The attack changes pixels
// by at most 16/255, so the faces look alike: the outlines show where each explanation sent it.
class AttackedFacesView : public QWidget {
    Q_OBJECT

public:
    explicit AttackedFacesView(QWidget* parent = nullptr);

    // `epsilon255`: the attack's largest change per pixel, in 1/255 (for the caption).
    // `card`: the loaded detector's; its call names what the detector says about each attacked face.
    void showEvaluation(std::shared_ptr<const FaceEvaluation> evaluation, const ModelCard& card, double epsilon255);
    void clear();
    // Shows the method's group (its base name, e.g. "LIME" for LIME_adv; "RANDOM").
    void showMethod(const QString& method);

    QString shownGroup() const;
    // The thumbnail of `method` (as named in the evaluation) after the top-k attack, as drawn
    // (with the outlines), or a null image when it is not shown.
    QImage thumbnail(const QString& method, int k) const;
    int thumbnailCount() const;

    static constexpr int kThumbnailSize = 128;

private:
    void rebuild();

    QComboBox* groupCombo_;
    QLabel* note_;
    QWidget* grid_;
    QGridLayout* gridLayout_;
    std::shared_ptr<const FaceEvaluation> evaluation_;
    ModelCard card_;
    double epsilon255_ = 16;
    QMap<QString, QImage> thumbnails_; // "method#k" -> image
};

} // namespace fakelens::ui
