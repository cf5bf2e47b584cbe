package com.scfengine.products;

import com.scfengine.products.validation.BundleResource;

import com.scfengine.applications.ApplicationView;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/products}: the catalogue, deploying product bundles, and submitting applications to any product. */
@RestController
@RequestMapping("/api/products")
class ProductController {

  private final ProductCatalogue catalogue;
  private final Submissions submissions;
  private final ProductDeployments deployments;

  ProductController(ProductCatalogue catalogue, Submissions submissions, ProductDeployments deployments) {
    this.catalogue = catalogue;
    this.submissions = submissions;
    this.deployments = deployments;
  }

  @GetMapping
  List<ProductCatalogue.Product> products() {
    return catalogue.products();
  }

  /**
   * Deploys a product bundle: multipart, one part named {@code file} per .bpmn, .dmn or .form file. 201 with
   * the product when it made a new version, 200 when the bundle equals the deployed one (nothing created), 400
   * naming every problem ({@code resource#elementId}) when refused — then nothing of it is deployed.
   */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ProductDeployments.DeployedProduct> deploy(
      @RequestParam(name = "file", required = false) List<MultipartFile> files) throws IOException {
    List<BundleResource> bundle = new ArrayList<>();
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      bundle.add(new BundleResource(StringUtils.getFilename(file.getOriginalFilename()), file.getBytes()));
    }
    var deployed = deployments.deploy(bundle);
    if (!deployed.newVersion()) {
      return ResponseEntity.ok(deployed);
    }
    return ResponseEntity.created(URI.create("/api/products/" + deployed.code())).body(deployed);
  }

  @GetMapping("/{code}")
  ProductCatalogue.Product product(@PathVariable String code) {
    return catalogue.byCode(code);
  }

  @PostMapping("/{code}/applications")
  ResponseEntity<ApplicationView> submit(@PathVariable String code, @RequestBody Map<String, Object> body) {
    var application = submissions.submit(code, body);
    return ResponseEntity.created(URI.create("/api/applications/" + application.getId()))
        .body(ApplicationView.of(application));
  }
}
