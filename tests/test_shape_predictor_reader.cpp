// readShapePredictor against dlib's own reader: the installed 68-point model and small models
// written here with dlib::serialize must come back as the same object (the same bytes when
// re-serialised), read by FakeLens where it can reproduce the file exactly and by dlib where not.

#include "core/Error.h"
#include "faces/FaceDetector.h"
#include "faces/ShapePredictorReader.h"
#include "support/MalformedInputs.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QtTest>

#include <dlib/image_processing/shape_predictor.h>
#include <dlib/serialize.h>

#include <sstream>
#include <string>
#include <vector>

using namespace fakelens;

namespace {

using Tables = std::vector<std::vector<dlib::vector<float, 2>>>;

std::string serialised(const dlib::shape_predictor& p) {
    std::ostringstream out;
    dlib::serialize(p, out);
    return out.str();
}

// The support's file helpers (malformed::readFile/writeFile: they throw when they cannot), on
// this test's std::string paths and bytes.
std::string fileBytes(const std::string& path) {
    return malformed::readFile(QString::fromStdString(path)).toStdString();
}

void writeFile(const std::string& path, const std::string& bytes) {
    malformed::writeFile(QString::fromStdString(path), QByteArray::fromStdString(bytes));
}

// A two-point model with one cascade of one depth-1 tree, written field by field in the order of
// dlib's serialize(shape_predictor): any anchor and offset tables can be stored this way, also
// ones the public constructor would never derive.
std::string twoPointModel(const std::vector<unsigned long>& anchors, const std::vector<dlib::vector<float, 2>>& offsets) {
    dlib::matrix<float, 0, 1> initial(4);
    initial = 0.25f, 0.3f, 0.75f, 0.7f;
    dlib::impl::regression_tree tree;
    dlib::impl::split_feature split;
    split.idx1 = 0;
    split.idx2 = anchors.size() - 1;
    split.thresh = -0.125f;
    tree.splits = {split};
    dlib::matrix<float, 0, 1> left(4), right(4);
    left = 0.01f, -0.02f, 0.03f, 1e-7f;
    right = -0.5f, 0.25f, 3.0f, -1e-30f;
    tree.leaf_values = {left, right};
    const std::vector<std::vector<dlib::impl::regression_tree>> forests{{tree}};
    std::ostringstream out;
    dlib::serialize(int(1), out);
    dlib::serialize(initial, out);
    dlib::serialize(forests, out);
    dlib::serialize(std::vector<std::vector<unsigned long>>{anchors}, out);
    dlib::serialize(Tables{offsets}, out);
    return out.str();
}

// Writes `bytes` as a model file and reads it back: who read it. Fails the test unless the
// predictor read re-serialises to `bytes`.
ShapePredictorReadBy readBack(const char* fileName, const std::string& bytes) {
    const std::string path = testpaths::output(fileName).toStdString();
    writeFile(path, bytes);
    dlib::shape_predictor p;
    const ShapePredictorReadBy by = readShapePredictor(path, p);
    if (serialised(p) != bytes)
        QTest::qFail("the model read back is not the model written", __FILE__, __LINE__);
    return by;
}

} // namespace

class TestShapePredictorReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The model every face detection uses: read by FakeLens, and the same object as dlib's.
    void installedModelIsDlibsModel() {
        const std::string path = FaceDetectorOptions().landmarkModelPath;
        if (!QFile::exists(QString::fromStdString(path)))
            QFAIL(qPrintable("the landmark model is missing (install libdlib-data): " + QString::fromStdString(path)));
        dlib::shape_predictor ours;
        QCOMPARE(readShapePredictor(path, ours), ShapePredictorReadBy::FakeLens);
        QCOMPARE(ours.num_parts(), 68ul);
        const std::string bytes = fileBytes(path);
        const std::string again = serialised(ours);
        QCOMPARE(again.size(), bytes.size());
        QVERIFY(again == bytes);
        dlib::shape_predictor dlibs;
        dlib::deserialize(path) >> dlibs;
        QVERIFY(serialised(dlibs) == bytes);
    }

    // Offsets in binary fractions that landmark + offset - landmark gives back exactly.
    void smallModelIsReadByFakeLens() {
        const std::string bytes = twoPointModel({0, 1, 1}, {{0.125f, -0.25f}, {0.0f, 0.0625f}, {-0.125f, 0.1875f}});
        QCOMPARE(readBack("two_point_model.dat", bytes), ShapePredictorReadBy::FakeLens);
    }

    // 1e-9 is lost when added to the landmark at 0.25: the constructor cannot give this offset
    // back, so the file goes to dlib, which stores it as written.
    void offsetTheConstructorCannotKeepGoesToDlib() {
        const std::string bytes = twoPointModel({0, 1}, {{1e-9f, 0.0f}, {0.0f, 0.05f}});
        QCOMPARE(readBack("two_point_model_tiny_offset.dat", bytes), ShapePredictorReadBy::Dlib);
    }

    // An anchor nearer another landmark than its own: the constructor would re-anchor it.
    void anchorTheConstructorWouldMoveGoesToDlib() {
        const std::string bytes = twoPointModel({0, 1}, {{0.5f, 0.4f}, {0.0f, 0.05f}});
        QCOMPARE(readBack("two_point_model_far_anchor.dat", bytes), ShapePredictorReadBy::Dlib);
    }

    // Every truncation of a model is refused with dlib's own message, never read half.
    void truncatedModelIsModelInvalid() {
        const std::string bytes = twoPointModel({0, 1}, {{0.125f, -0.25f}, {0.0f, 0.05f}});
        const std::string path = testpaths::output("two_point_model_truncated.dat").toStdString();
        for (size_t length = 1; length < bytes.size(); ++length) {
            writeFile(path, bytes.substr(0, length));
            dlib::shape_predictor p;
            try {
                readShapePredictor(path, p);
                QFAIL(qPrintable(QStringLiteral("a model cut at %1 of %2 bytes was read").arg(length).arg(bytes.size())));
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::ModelInvalid);
                QCOMPARE(QString::fromStdString(e.subject()), QString::fromStdString(path));
                QVERIFY2(QString::fromStdString(e.detail()).startsWith("not a dlib shape predictor"), e.what());
            }
        }
    }

    void notAModelIsModelInvalid() {
        const std::string path = testpaths::output("not_a_model.dat").toStdString();
        writeFile(path, "this is not a shape predictor\n");
        dlib::shape_predictor p;
        try {
            readShapePredictor(path, p);
            QFAIL("a text file was read as a model");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::ModelInvalid);
        }
    }
};

QTEST_GUILESS_MAIN(TestShapePredictorReader)
#include "test_shape_predictor_reader.moc"
