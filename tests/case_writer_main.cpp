// case_writer: the victim of test_case_file's kill -9 test. Opens (or creates) the case given as
// the argument and saves a large synthetic analysis (about 100 MB of images) again and again,
// each save recording its number N in the conclusion. Before save N it prints "saving N" and
// flushes, so the test knows that save N-1 completed and can kill this process during save N.

#include "case/CaseFile.h"
#include "case_synthetic.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <exception>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: case_writer CASE_FILE\n");
        return 2;
    }
    try {
        const QString path = QString::fromLocal8Bit(argv[1]);
        auto caseFile = QFileInfo::exists(path) ? fakelens::CaseFile::open(path, false)
                                                : fakelens::CaseFile::create(path);
        // Two faces with 3000 x 3010 RGB frames (54 MB) and 1024 px faces (CV_32FC3 image,
        // adversarial sample, saliency maps: about 50 MB more).
        fakelens::ReportInput analysis = fakelens::testing::syntheticAnalysis(7, 1024, 3000);
        for (int n = 1; n <= 50; ++n) {
            std::printf("saving %d\n", n);
            std::fflush(stdout);
            analysis.caseDetails.conclusion = QString::number(n);
            caseFile->saveAnalysis(analysis, "case_writer");
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "case_writer: %s\n", e.what());
        return 1;
    }
    return 0;
}
